import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron is mocked: the binary is not needed to check what our code asks of it.
const created: { options: Record<string, unknown>; contents: FakeContents; loaded: string[] }[] = [];

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

vi.mock('electron', () => {
  class BrowserWindow extends EventEmitter {
    webContents = new FakeContents();
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, contents: this.webContents, loaded: this.loaded });
    }
    loaded: string[] = [];
    loadURL(url: string): Promise<void> {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show(): void {}
  }
  return { BrowserWindow };
});

const { createMainWindow } = await import('../../../electron/main/windows/main-window');
const { hardenSession, isAppUrl } = await import('../../../electron/main/windows/security');
const { buildCsp } = await import('../../../electron/main/windows/app-protocol');

function navigationEvent(): { prevented: boolean; preventDefault(): void } {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('main window hardening', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('creates the window with isolation, sandbox and no Node, loading the app protocol', () => {
    createMainWindow({ preloadPath: '/app/preload.js', openExternal: vi.fn(), allowDevTools: false });
    const window = created[0];
    expect(window).toBeDefined();
    const prefs = window?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(window?.loaded).toEqual(['app://tandem/index.html']);
  });

  it('blocks navigation away from the app but allows the app itself', () => {
    createMainWindow({ preloadPath: '/p.js', openExternal: vi.fn(), allowDevTools: false });
    const contents = created[0]!.contents;
    const away = navigationEvent();
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.prevented).toBe(true);
    const fileUrl = navigationEvent();
    contents.emit('will-navigate', fileUrl, 'file:///etc/passwd');
    expect(fileUrl.prevented).toBe(true);
    const redirect = navigationEvent();
    contents.emit('will-redirect', redirect, 'http://tandem/');
    expect(redirect.prevented).toBe(true);
    const inside = navigationEvent();
    contents.emit('will-navigate', inside, 'app://tandem/index.html#/rounds');
    expect(inside.prevented).toBe(false);
  });

  it('denies every new window and hands the URL to the allow-listing opener', () => {
    const openExternal = vi.fn();
    createMainWindow({ preloadPath: '/p.js', openExternal, allowDevTools: false });
    const handler = created[0]!.contents.windowOpenHandler;
    expect(handler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler?.({ url: 'app://tandem/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
  });

  it('refuses to attach webviews', () => {
    createMainWindow({ preloadPath: '/p.js', openExternal: vi.fn(), allowDevTools: false });
    const event = navigationEvent();
    created[0]!.contents.emit('will-attach-webview', event, {}, {});
    expect(event.prevented).toBe(true);
  });

  it('denies permission requests, permission checks, devices and downloads', () => {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    });
    hardenSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    request({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(device()).toBe(false);
    const download = navigationEvent();
    session.emit('will-download', download);
    expect(download.prevented).toBe(true);
  });

  it('recognises only the app origin as the app', () => {
    expect(isAppUrl('app://tandem/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://tandem/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('sends the strict CSP of the design, with a nonce for styles and no unsafe sources', () => {
    const csp = buildCsp('abc123');
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-abc123'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(csp).not.toMatch(/unsafe/);
  });
});
