// The renderer's only door to the main process. The preload (or the e2e binding) exposes the
// envelope-returning bridge as window.api; createApi turns it into typed calls that throw ApiError.
import { ApiError, createApi, type Api, type Bridge } from '@shared/createApi';

/** Preload helper for drag-and-drop: Electron ≥ 32 dropped File.path, webUtils.getPathForFile replaces it. */
export interface FilesBridge {
  pathFor(file: File): string;
}

declare global {
  interface Window {
    api: Bridge;
    files?: FilesBridge;
  }
}

export const api: Api = createApi(window.api);

/** The file system path of a dropped file, or null where the host cannot tell (a plain browser). */
export function pathForDroppedFile(file: File): string | null {
  const path = window.files?.pathFor(file);
  return path ? path : null;
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
