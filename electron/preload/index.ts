import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '@shared/ipc/build-api';
import { CHANNELS, EVENTS } from '@shared/ipc/channels';

// The bridge and nothing else: `window.api` is built from the contract's channel list.
// No ipcRenderer, process or environment ever reaches the page.
const api = buildApi(
  CHANNELS,
  EVENTS,
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      listener(payload);
    };
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
);

contextBridge.exposeInMainWorld('api', api);
