// The whole preload: window.api built from the contract over ipcRenderer, plus the one helper the
// sandbox leaves no other way to do (a dropped file's path). ipcRenderer itself is never exposed.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { buildBridge, type Transport } from '@shared/createApi';

const transport: Transport = {
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  on: (event, listener) => {
    const wrapped = (_e: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
};

contextBridge.exposeInMainWorld('api', buildBridge(transport));
contextBridge.exposeInMainWorld('files', { pathFor: (file: File) => webUtils.getPathForFile(file) });
