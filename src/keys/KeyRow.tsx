// One key in the table, and its timeline underneath when expanded.
import { useTranslation } from 'react-i18next';
import type { KeySummary } from '@shared/domain';
import { ChevronRightIcon } from '../components/icons';
import { formatNumber } from '../i18n';
import { FailoverToggle } from './FailoverToggle';
import { KeyRowActions } from './KeyRowActions';
import { KeyTimeline } from './KeyTimeline';
import { StatusBadge } from './StatusBadge';
import { useKeysStore } from './keysStore';
import { formatAgo } from './time';

interface KeyRowProps {
  keySummary: KeySummary;
  now: number;
  expanded: boolean;
  onToggle(): void;
  columns: number;
}

function KeyCell({ keySummary: key, expanded, onToggle }: Pick<KeyRowProps, 'keySummary' | 'expanded' | 'onToggle'>) {
  const { t } = useTranslation();
  // Environment keys have no stored history to show.
  const hasTimeline = key.source === 'vault';
  return (
    <div className="key-cell">
      <button
        type="button"
        className={`key-cell__expand ${expanded ? 'key-cell__expand--open' : ''}`}
        aria-expanded={expanded}
        aria-label={t('keys.timeline.toggle', { mask: key.mask })}
        disabled={!hasTimeline}
        onClick={onToggle}
      >
        <ChevronRightIcon size={14} />
      </button>
      <div className="key-cell__text">
        <span className="key-cell__label">{key.label}</span>
        <span className="key-cell__meta">
          <code className="key-mask">{key.mask}</code>
          {key.source === 'environment' && (
            <span className="key-tag key-tag--environment" title={t('keys.environmentHint')}>
              {t('keys.environment')}
            </span>
          )}
          {key.needsReentry && (
            <span className="key-tag key-tag--reentry" title={t('keys.needsReentryHint')}>
              {t('keys.needsReentry')}
            </span>
          )}
        </span>
      </div>
    </div>
  );
}

function Usage({ keySummary: { counters } }: { keySummary: KeySummary }) {
  const { t } = useTranslation();
  return (
    <div className="key-usage">
      <span>{t('keys.usage.main', { calls: formatNumber(counters.calls), credits: formatNumber(counters.credits) })}</span>
      <span className="key-usage__detail">
        {t('keys.usage.detail', {
          found: formatNumber(counters.found),
          notFound: formatNumber(counters.notFound),
          errors: formatNumber(counters.errors),
        })}
      </span>
    </div>
  );
}

export function KeyRow({ keySummary: key, now, expanded, onToggle, columns }: KeyRowProps) {
  const { t } = useTranslation();
  const vaultUnlocked = useKeysStore((s) => s.vault?.state === 'unlocked');
  return (
    <>
      <tr className={`key-row ${key.status === 'disabled' ? 'key-row--disabled' : ''}`} data-key-id={key.id}>
        <td>
          <KeyCell keySummary={key} expanded={expanded} onToggle={onToggle} />
        </td>
        <td>
          <StatusBadge status={key.status} reason={key.reason} until={key.until} locked={key.source === 'vault' && !vaultUnlocked} />
        </td>
        <td>
          <div className="key-stack">
            <span>{t(`keys.category.${key.category}`)}</span>
            <span className="key-stack__detail">{t(`keys.role.${key.role}`)}</span>
          </div>
        </td>
        <td className="key-account" title={key.account}>
          {key.account}
        </td>
        <td className="keys-num">{key.priority}</td>
        <td>
          <FailoverToggle keySummary={key} />
        </td>
        <td>
          <Usage keySummary={key} />
        </td>
        <td className="key-last-used" title={key.lastUsedAt ?? undefined}>
          {key.lastUsedAt ? formatAgo(key.lastUsedAt, now) : t('keys.neverUsed')}
        </td>
        <td>
          <KeyRowActions keySummary={key} />
        </td>
      </tr>
      {expanded && (
        <tr className="key-row__timeline">
          <td colSpan={columns}>
            <KeyTimeline keyId={key.id} />
          </td>
        </tr>
      )}
    </>
  );
}
