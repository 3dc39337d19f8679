import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import { hardenWebContents } from './security';

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
    // Spelled out literally (not spread from a helper) so reviewers and Electronegativity see them.
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: options.allowDevTools,
    },
  });
  hardenWebContents(window.webContents, options.openExternal);
  window.once('ready-to-show', () => {
    window.show();
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
