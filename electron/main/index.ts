import { join } from 'node:path';
import { app, ipcMain, protocol, safeStorage, session, shell } from 'electron';
import type { BrowserWindow } from 'electron';
import { createCore } from './core';
import type { Core } from './core';
import { registerIpc } from './ipc/registry';
import { createConsoleLogger } from './lib/logger';
import { isAllowedExternalUrl } from './services/shell/external-links';
import { APP_HOST, APP_SCHEME, serveAppFile } from './windows/app-protocol';
import { createElectronDialogs } from './windows/electron-dialogs';
import { createMainWindow } from './windows/main-window';
import { createElectronReportPrinter } from './windows/report-printer';
import { hardenSession, hardenWebContents } from './windows/security';

// Boots the app and nothing else: all behaviour lives in ./core (plain Node) and ./windows.
const logger = createConsoleLogger();

/** The app's only call of `shell.openExternal`, and it checks the allow-list first. */
const openExternal = async (url: string): Promise<void> => {
  if (isAllowedExternalUrl(url)) {
    await shell.openExternal(url);
  }
};

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: Core | undefined;
  let mainWindow: BrowserWindow | undefined;

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void openExternal(url));
  });

  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) {
        mainWindow.restore();
      }
      mainWindow.focus();
    }
  });

  app.on('window-all-closed', () => {
    app.quit();
  });

  app.on('will-quit', () => {
    void core?.close();
  });

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    const rendererDirectory = join(__dirname, '../renderer');
    protocol.handle(APP_SCHEME, async (request) => {
      const file = await serveAppFile(rendererDirectory, request.url);
      return new Response(file.body, { status: file.status, headers: file.headers });
    });
    core = await createCore({
      dataDirectory: join(app.getPath('userData'), 'data'),
      host: 'electron',
      version: app.getVersion(),
      trustedOrigin: { protocol: `${APP_SCHEME}:`, host: APP_HOST },
      logger,
      openExternal,
      emit: (event, payload) => {
        mainWindow?.webContents.send(event, payload);
      },
      dialogs: createElectronDialogs(() => mainWindow),
      safeStorage,
      printer: createElectronReportPrinter({
        // Least privilege: the report window's preload exposes only the print channels.
        preloadPath: join(__dirname, '../preload/print.js'),
        openExternal: (url) => void openExternal(url),
      }),
    });
    registerIpc(ipcMain, core.dispatch);
    mainWindow = createMainWindow({
      preloadPath: join(__dirname, '../preload/index.js'),
      openExternal: (url) => void openExternal(url),
      allowDevTools: !app.isPackaged,
    });
  });
}
