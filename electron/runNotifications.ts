// Raises the OS notification for long runs that end while the user is elsewhere. Electron's own
// Notification in main: the renderer's web Notification would need a permission the hardened session
// refuses. Sits on the event emitter, so the core stays free of electron.
import { Notification, type BrowserWindow } from 'electron';
import type { Emit } from './app/host';
import type { RunFinished } from '@shared/domain';
import { runNotice } from './app/runNotice';

export function notifyingLongRuns(emit: Emit, getWindow: () => BrowserWindow | null): Emit {
  return (event, payload) => {
    emit(event, payload);
    if (event !== 'runs.finished' || !Notification.isSupported()) return;
    const win = getWindow();
    const notice = runNotice(payload as RunFinished, win?.isFocused() ?? false);
    if (!notice) return;
    const notification = new Notification(notice);
    notification.on('click', () => {
      if (win?.isMinimized()) win.restore();
      win?.focus();
    });
    notification.show();
  };
}
