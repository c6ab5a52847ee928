// The one IPC contract: every channel with its request schema and response type, and every event.
// Main validates requests against these schemas; createApi() builds window.api from the same table,
// so a channel is declared exactly once.
import { z } from 'zod';
import { COLUMN_ROLES } from './types';
import type {
  AppInfo,
  ExportResult,
  ImportProgress,
  ImportResult,
  RowsPage,
  SheetDetail,
  SheetSummary,
} from './types';

/** A channel: the schema main validates the request with, and (type only) its response. */
export interface Channel<Req extends z.ZodType, Res> {
  req: Req;
  res?: Res;
}
const channel = <Res>() => <Req extends z.ZodType>(req: Req): Channel<Req, Res> => ({ req });

const none = z.object({}).strict().optional();
const id = z.number().int().positive();
const sheetRef = z.object({ sheetId: id }).strict();

const columnMap = z.partialRecord(z.enum(COLUMN_ROLES), z.number().int().min(0));

export const contract = {
  app: {
    info: channel<AppInfo>()(none),
  },
  sheets: {
    list: channel<SheetSummary[]>()(none),
    get: channel<SheetDetail>()(sheetRef),
    /** Without a path, main shows the open-file dialog; null when the user cancels it. */
    import: channel<ImportResult | null>()(
      z.object({ importId: z.string().min(1).max(64), path: z.string().min(1).optional() }).strict(),
    ),
    cancelImport: channel<void>()(z.object({ importId: z.string().min(1).max(64) }).strict()),
    rows: channel<RowsPage>()(
      z.object({ sheetId: id, offset: z.number().int().min(0), limit: z.number().int().min(1).max(100_000) }).strict(),
    ),
    setColumnMap: channel<SheetDetail>()(z.object({ sheetId: id, columnMap }).strict()),
    rename: channel<SheetSummary>()(z.object({ sheetId: id, name: z.string().trim().min(1).max(200) }).strict()),
    delete: channel<void>()(sheetRef),
    /** Shows the save dialog; null when the user cancels it. rowIds is required unless scope is 'all'. */
    export: channel<ExportResult | null>()(
      z
        .object({
          sheetId: id,
          scope: z.enum(['all', 'selected', 'filtered']),
          rowIds: z.array(id).max(2_000_000).optional(),
          excelFriendly: z.boolean(),
        })
        .strict()
        .refine((r) => r.scope === 'all' || r.rowIds !== undefined, { message: 'rowIds is required for this scope' }),
    ),
  },
} as const;

/** Events main pushes to the renderer. */
export interface Events {
  'sheets.importProgress': ImportProgress;
}
export type EventName = keyof Events;

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type Method<D extends Domain> = keyof Contract[D] & string;
export type ChannelName = { [D in Domain]: `${D}.${Method<D>}` }[Domain];

type ChannelOf<D extends Domain, M extends Method<D>> = Contract[D][M];
export type RequestOf<D extends Domain, M extends Method<D>> =
  ChannelOf<D, M> extends Channel<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<D extends Domain, M extends Method<D>> =
  ChannelOf<D, M> extends Channel<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<D extends Domain, M extends Method<D>> =
  ChannelOf<D, M> extends Channel<z.ZodType, infer Res> ? Res : never;

/** What crosses the wire for every invoke: errors travel as data so their code survives. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

export const channelName = (domain: string, method: string) => `${domain}.${method}`;
