// Lands runs.rowsUpdated patches in the grid without reloading it: patches gather while one async
// transaction is applied, then go as the next single transaction, so a run's stream of events costs
// the grid a few batched updates, and two kinds patching one row never overwrite each other.
// A patch for a row the progressive loader has not added yet waits for it.
import type { GridApi } from 'ag-grid-community';
import type { EnrichKind, EnrichmentCell, GridRow, RowPatch } from '@shared/domain';

type Cells = Partial<Record<EnrichKind, EnrichmentCell>>;

export class RowPatcher {
  private readonly queued = new Map<number, Cells>();
  private applying = false;

  constructor(
    private readonly grid: GridApi<GridRow>,
    /** True once every row of the sheet is in the grid: a patch for a row still missing has no row. */
    private readonly allRowsLoaded: () => boolean,
  ) {}

  add(patches: readonly RowPatch[]): void {
    for (const { rowId, kind, cell } of patches) this.queued.set(rowId, { ...this.queued.get(rowId), [kind]: cell });
    this.flush();
  }

  /** The loader appended rows: patches held for them can land. */
  rowsAdded(): void {
    this.flush();
  }

  private flush(): void {
    if (this.applying || this.queued.size === 0 || this.grid.isDestroyed()) return;
    const update: GridRow[] = [];
    for (const [rowId, cells] of this.queued) {
      // Read after the previous transaction landed, so this merge starts from the row's latest data.
      const data = this.grid.getRowNode(String(rowId))?.data;
      if (!data) continue;
      update.push({ ...data, ...cells });
      this.queued.delete(rowId);
    }
    if (this.allRowsLoaded()) this.queued.clear();
    if (update.length === 0) return;
    this.applying = true;
    this.grid.applyTransactionAsync({ update }, () => {
      this.applying = false;
      this.flush();
    });
  }
}
