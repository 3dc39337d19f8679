import { BrowserWindow } from 'electron';
import type { ReportPrinter } from '../services/service-context';
import { APP_ORIGIN } from './app-protocol';
import { hardenWebContents } from './security';

/** A report page with 2,000 certificates needs a while to fetch and lay out. */
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 100;

export type ReportPrinterOptions = { preloadPath: string; openExternal: (url: string) => void };

/**
 * Opens a report route in a hidden window with the main window's hardening and preload (the page
 * fetches its data through `window.api`), waits for the page's readiness marker, then hands it
 * to Chromium's print engine. Thin on purpose: everything testable lives in the renderer page.
 */
async function withReportWindow<T>(options: ReportPrinterOptions, route: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
  const window = new BrowserWindow({
    show: false,
    width: 1100,
    height: 1400,
    // Spelled out literally, as in main-window.ts, so reviewers and Electronegativity see them.
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
      devTools: false,
    },
  });
  hardenWebContents(window.webContents, options.openExternal);
  // A report window never navigates anywhere, not even within the app.
  window.webContents.on('will-navigate', (event) => {
    event.preventDefault();
  });
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html${route}`);
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      const state = (await window.webContents.executeJavaScript(
        "document.querySelector('[data-report-error]') ? 'error' : document.querySelector('[data-report-ready]') ? 'ready' : 'wait'",
      )) as string;
      if (state === 'ready') {
        break;
      }
      if (state === 'error' || Date.now() > deadline) {
        throw new Error(`report page ${state === 'error' ? 'failed' : 'timed out'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return await use(window);
  } finally {
    window.destroy();
  }
}

/** The app's ReportPrinter: `printToPDF` for files, the system dialog for paper. */
export function createElectronReportPrinter(options: ReportPrinterOptions): ReportPrinter {
  return {
    toPdf: (route, { landscape }) =>
      withReportWindow(options, route, async (window) => {
        const pdf = await window.webContents.printToPDF({ landscape: landscape ?? false, printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      }),
    print: (route) =>
      withReportWindow(
        options,
        route,
        (window) =>
          new Promise<void>((resolve, reject) => {
            window.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
              // Cancelling the dialog is not an error.
              if (success || reason === 'cancelled') {
                resolve();
              } else {
                reject(new Error(reason));
              }
            });
          }),
      ),
  };
}
