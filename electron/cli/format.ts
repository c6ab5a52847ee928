// Plain-text tables and lines for the terminal. Keys appear only as the masks the core hands out.
import type { KeyImportResult, KeySummary, KeyTestResult, VaultOverview } from '@shared/domain';
import { formatKeyId } from './keyIds';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

export function keysTable(keys: KeySummary[]): string {
  if (keys.length === 0) return 'No API keys yet. Add one with: enrichdesk keys add --label L --category any';
  return table(
    ['ID', 'KEY', 'LABEL', 'CATEGORY', 'ROLE', 'ACCOUNT', 'STATUS', 'FAILOVER', 'PRIORITY', 'SOURCE'],
    keys.map((k) => [
      formatKeyId(k.id),
      k.mask,
      k.label,
      k.category,
      k.role,
      k.account,
      k.needsReentry ? `${k.status} (re-enter)` : k.status,
      k.failoverEnabled ? (k.endpoint === 'failover' ? 'on failover' : 'enabled') : 'no',
      String(k.priority),
      k.source,
    ]),
  );
}

export function importReport(result: KeyImportResult): string {
  const lines = result.lines.map((l) => `line ${l.line}: ${l.outcome}${l.mask ? ` ${l.mask}` : ''} — ${l.message}`);
  const summary = `${result.added} added, ${result.duplicates} duplicate, ${result.malformed} malformed`;
  return [...lines, summary].join('\n');
}

export function testLine(r: KeyTestResult): string {
  return `${formatKeyId(r.keyId)} ${r.mask}: ${r.outcome} — ${r.message} [status ${r.status}]`;
}

export function vaultReport(v: VaultOverview): string {
  return [
    `state:    ${v.state}`,
    `backend:  ${v.backend ?? 'none'}`,
    `stored:   ${v.storedKeys} keys`,
    `session:  ${v.environmentKeys} environment keys`,
    v.message,
  ].join('\n');
}
