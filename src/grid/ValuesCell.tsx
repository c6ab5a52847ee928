// A Phones or Emails cell: the first value in full, its notes ("mobile", "do not call") muted and the
// part that gives way when the column is narrow, then how many more values there are. The tooltip
// lists every value, one a line.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { EnrichKind, GridRow } from '@shared/domain';

/** Main words each value as "+14155550100 (mobile, do not call)"; split off the notes to style them. */
const NOTES = /^(.*?) \((.+)\)$/;

export function ValuesCell({ data, kind }: CustomCellRendererProps<GridRow> & { kind: EnrichKind }) {
  const { t } = useTranslation();
  const values = data?.[kind]?.values ?? [];
  if (values.length === 0) return null;
  const [, value, notes] = NOTES.exec(values[0]) ?? [values[0], values[0], null];
  const more = values.length - 1;
  return (
    <span className="values-cell" title={values.join('\n')}>
      <span className="values-cell__value">{value}</span>
      {notes && <span className="values-cell__notes">{notes}</span>}
      {more > 0 && <span className="values-cell__more">{t('grid.moreValues', { count: more })}</span>}
    </span>
  );
}
