// What the core needs from its host (the Electron shell, the e2e harness, the CLI): file dialogs and a
// way to push events. Electron's dialog module lives behind this so the core never imports electron.
import type { EventName, Events } from '@shared/contract';

export interface Dialogs {
  /** Absolute path of the CSV the user chose, or null if they cancelled. */
  openCsv(): Promise<string | null>;
  /** Absolute path to write to, or null if they cancelled. */
  saveCsv(defaultName: string): Promise<string | null>;
  /** Absolute path of a key list (.txt, .csv, .env) the user chose, or null if they cancelled. */
  openKeysFile(): Promise<string | null>;
}

export type Emit = <E extends EventName>(event: E, payload: Events[E]) => void;
