// Turns stored enrichment records into text: the grid shows each value with its notes
// ("+14155550100 (mobile)"); the export keeps values bare so a dialer or CRM can use them, and moves
// what must not be lost (do-not-call) into the status column.
//
// The result JSON comes from the job runner ({phones: Phone[], emails: Email[]}, see lusha/types.ts).
// It is read defensively: a record this version cannot read shows no values rather than breaking
// the grid or the export.
import type { EnrichKind, EnrichState, EnrichmentCell } from '@shared/domain';
import type { RawEnrichment } from './sheetStore';

interface Item {
  value: string;
  notes: string[];
  doNotCall: boolean;
}

const STATE_LABELS: Record<EnrichState, string> = {
  pending: 'pending',
  in_flight: 'in progress',
  found: 'found',
  not_found: 'not found',
  failed: 'failed',
  skipped: 'skipped',
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function items(kind: EnrichKind, resultJson: string | null): Item[] {
  if (resultJson === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(resultJson);
  } catch {
    return [];
  }
  const list = isRecord(parsed) && Array.isArray(parsed[kind]) ? (parsed[kind] as unknown[]) : [];
  return list.filter(isRecord).flatMap((entry) => {
    const value = text(kind === 'phones' ? entry.number : entry.email);
    if (value === null) return [];
    const doNotCall = entry.doNotCall === true;
    const notes = [text(entry.type), kind === 'emails' ? text(entry.confidence) : null, doNotCall ? 'do not call' : null];
    return [{ value, doNotCall, notes: notes.filter((n): n is string => n !== null) }];
  });
}

/** The grid's cell: state, values with notes, error. */
export function toEnrichmentCell(kind: EnrichKind, raw: RawEnrichment | null): EnrichmentCell | null {
  if (raw === null) return null;
  const values = items(kind, raw.result).map((i) => (i.notes.length > 0 ? `${i.value} (${i.notes.join(', ')})` : i.value));
  return { state: raw.state, values, error: raw.error };
}

/** The export's two cells for one kind: bare values joined by "; ", and a status. */
export function toExportCells(kind: EnrichKind, raw: RawEnrichment | null): [values: string, status: string] {
  if (raw === null) return ['', ''];
  const found = items(kind, raw.result);
  const doNotCall = found.filter((i) => i.doNotCall).map((i) => i.value);
  const status = [
    STATE_LABELS[raw.state],
    raw.error ? raw.error : null,
    doNotCall.length > 0 ? `do not call: ${doNotCall.join(', ')}` : null,
  ].filter((s): s is string => s !== null);
  return [found.map((i) => i.value).join('; '), status.join('; ')];
}

export const KIND_LABELS: Record<EnrichKind, string> = { phones: 'Phones', emails: 'Emails' };
