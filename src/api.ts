// The renderer's only door to the main process. window.api is built by createApi() in the preload
// (or by the e2e binding), so its type comes from the same contract.
import type { Api, ApiError } from '../electron/ipc/createApi';

/** Preload helper for drag-and-drop: Electron ≥ 32 dropped File.path, webUtils.getPathForFile replaces it. */
export interface FilesBridge {
  pathFor(file: File): string;
}

declare global {
  interface Window {
    api: Api;
    files?: FilesBridge;
  }
}

export const api: Api = window.api;

/** The file system path of a dropped file, or null where the host cannot tell (a plain browser). */
export function pathForDroppedFile(file: File): string | null {
  const path = window.files?.pathFor(file);
  return path ? path : null;
}

// ApiError instances are created by whichever createApi built window.api (the preload, or the e2e
// init script bundle), so `instanceof` against our own copy of the class would be wrong; the name is
// the stable marker.
export function isApiError(error: unknown): error is ApiError {
  return error instanceof Error && error.name === 'ApiError';
}
