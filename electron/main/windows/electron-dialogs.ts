import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Dialogs } from '../lib/dialogs';

/** The system file dialogs, attached to the main window. */
export function createElectronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseSavePath({ defaultName, filters }) {
      const parent = window();
      const options = { defaultPath: defaultName, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ filters }) {
      const parent = window();
      const options = { filters, properties: ['openFile' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
