// What a bulk import did, line by line. Lines show masks only: the plaintext stayed in main.
import { useTranslation } from 'react-i18next';
import type { KeyImportResult } from '@shared/domain';

export function ImportResults({ result }: { result: KeyImportResult }) {
  const { t } = useTranslation();
  return (
    <div className="import-results">
      <p className="import-results__summary" role="status">
        {t('keys.import.summary', { added: result.added, duplicates: result.duplicates, malformed: result.malformed })}
      </p>
      {result.lines.length > 0 && (
        <div className="import-results__scroll">
          <table className="import-results__table" aria-label={t('keys.import.resultsLabel')}>
            <thead>
              <tr>
                <th>{t('keys.import.line')}</th>
                <th>{t('keys.import.outcome')}</th>
                <th>{t('keys.columns.key')}</th>
                <th>{t('keys.import.note')}</th>
              </tr>
            </thead>
            <tbody>
              {result.lines.map((line) => (
                <tr key={line.line} data-outcome={line.outcome}>
                  <td className="keys-num">{line.line}</td>
                  <td>
                    <span className={`import-outcome import-outcome--${line.outcome}`}>{t(`keys.import.outcomes.${line.outcome}`)}</span>
                  </td>
                  <td>{line.mask ? <code className="key-mask">{line.mask}</code> : '—'}</td>
                  <td className="import-results__message">{line.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
