// Binds the dispatcher to ipcMain: one handler per contract channel, each refusing any sender that is
// not the app's own bundle in a top-level frame.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { channelName, contract } from '@shared/contract';
import type { Emit } from '../app/host';
import type { Dispatch } from './dispatcher';
import { isAppUrl } from '../security';

function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function bindIpc(dispatch: Dispatch): void {
  for (const [domain, methods] of Object.entries(contract)) {
    for (const method of Object.keys(methods)) {
      const channel = channelName(domain, method);
      ipcMain.handle(channel, (event, request: unknown) =>
        trustedSender(event)
          ? dispatch(channel, request)
          : { ok: false, error: { code: 'forbidden_sender', message: 'Request refused: unknown sender.' } },
      );
    }
  }
}

/** Pushes an event to the window, if it is still there. */
export function windowEmitter(getWindow: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    const win = getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(event, payload);
  };
}
