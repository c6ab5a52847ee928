// Column definitions for a sheet: the row number, the file's own columns, then the enrichment columns
// (Phones, Emails, Status) appended after them as the export appends them.
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import type { EnrichKind, EnrichState, GridRow } from '@shared/domain';
import { t } from '../i18n';
import { StatusCell } from './StatusCell';
import { ValuesCell } from './ValuesCell';

const rowNumberColumn = (): ColDef<GridRow> => ({
  colId: 'rowNumber',
  headerName: t('grid.rowNumber'),
  // The line in the imported file, so sorting by it restores the file's order.
  valueGetter: (p) => (p.data ? p.data.index + 1 : null),
  pinned: 'left',
  lockPinned: true,
  suppressMovable: true,
  filter: false,
  cellClass: 'cell--row-number',
  headerClass: 'header--row-number',
  width: 64,
  minWidth: 48,
  suppressAutoSize: true,
});

const stateText = (kind: EnrichKind, state: EnrichState | undefined) =>
  state ? `${t(`enrich.${kind}`)} ${t(`enrich.state.${state}`)}` : '';

const statusColumn = (): ColDef<GridRow> => ({
  colId: 'status',
  headerName: t('grid.status'),
  // Text form of both states so the column can be sorted and text-filtered ("failed", "found"...).
  valueGetter: (p) =>
    p.data ? [stateText('phones', p.data.phones?.state), stateText('emails', p.data.emails?.state)].join(' ').trim() : '',
  cellRenderer: StatusCell,
  // Room for both pills ("Phones · Not found", "Emails · In flight").
  width: 260,
  suppressAutoSize: true,
});

const sourceColumn = (header: string, index: number): ColDef<GridRow> => ({
  colId: `c${index}`,
  headerName: header,
  valueGetter: (p: ValueGetterParams<GridRow>) => p.data?.cells[index] ?? '',
});

const ENRICHMENT_MIN_WIDTH: Record<EnrichKind, number> = { phones: 240, emails: 300 };

const enrichmentColumn = (kind: EnrichKind): ColDef<GridRow> => ({
  colId: kind,
  headerName: t(`grid.${kind}`),
  // The text stays every value joined, for sorting, the quick filter and copying.
  valueGetter: (p) => p.data?.[kind]?.values.join(', ') ?? '',
  cellRenderer: ValuesCell,
  cellRendererParams: { kind },
  // Filled in by runs after the columns were sized: room for one value with its note
  // and the "+1 more" count from the start.
  minWidth: ENRICHMENT_MIN_WIDTH[kind],
});

export function buildColumnDefs(columns: string[]): ColDef<GridRow>[] {
  return [rowNumberColumn(), ...columns.map(sourceColumn), enrichmentColumn('phones'), enrichmentColumn('emails'), statusColumn()];
}

export const defaultColDef: ColDef<GridRow> = {
  sortable: true,
  resizable: true,
  filter: 'agTextColumnFilter',
  minWidth: 64,
};
