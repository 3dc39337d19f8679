import type { IpcMain } from 'electron';
import { CHANNELS } from '@shared/ipc/channels';
import type { Dispatch } from './dispatch';

/**
 * Registers every contract channel on `ipcMain` through the one dispatch function, which
 * checks the sender frame and parses the input. Nothing else is ever registered.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, dispatch: Dispatch): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => dispatch(channel, input, event.senderFrame?.url));
  }
  return () => {
    for (const channel of CHANNELS) {
      ipcMain.removeHandler(channel);
    }
  };
}
