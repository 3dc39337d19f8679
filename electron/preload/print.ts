import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '@shared/ipc/build-api';
import { PRINT_CHANNELS } from '@shared/ipc/domains/print.channels';

// The hidden report window's bridge: the same shape as the app's, but only the channels a
// print page needs, and no events.
const api = buildApi(
  PRINT_CHANNELS,
  [],
  (channel, input) => ipcRenderer.invoke(channel, input),
  () => () => undefined,
);

contextBridge.exposeInMainWorld('api', api);
