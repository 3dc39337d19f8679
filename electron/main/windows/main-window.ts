import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { hardenWebContents, secureWebPreferences } from './security';

export type MainWindowOptions = {
  preloadPath: string;
  openExternal: (url: string) => void;
  allowDevTools: boolean;
};

/** Creates the single app window, hardened before it loads anything. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Tandem',
    backgroundColor: '#f8f9fa',
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.allowDevTools },
  });
  hardenWebContents(window.webContents, options.openExternal);
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
