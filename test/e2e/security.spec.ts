import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS } from '../../shared/ipc/channels';
import { expect, test } from './fixtures';

const NAMESPACES = [...new Set(CHANNELS.map((c) => c.split(':')[0]))];

test.describe('renderer security', () => {
  test('exposes only the contract API: no Node, no ipcRenderer, no process', async ({ app, shell }) => {
    await shell.waitUntilReady();
    const globals = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        ipcRenderer: typeof w.ipcRenderer,
        apiKeys: Object.keys(w.api as object).sort(),
      };
    });
    expect(globals.require).toBe('undefined');
    expect(globals.process).toBe('undefined');
    expect(globals.ipcRenderer).toBe('undefined');
    expect(globals.apiKeys).toEqual([...NAMESPACES, 'on'].sort());
    expect(globals.apiKeys).not.toContain('invoke');
  });

  test('the CSP blocks inline scripts, inline handlers, unnonced styles and network requests', async ({ app, shell }) => {
    await shell.waitUntilReady();
    const outcome = await app.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(event.effectiveDirective);
      });
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      const holder = document.createElement('div');
      holder.setAttribute('data-x', '1');
      document.body.appendChild(holder);
      // An injected image with an inline handler: the handler must never run.
      holder.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__handler = true">');
      const style = document.createElement('style');
      style.textContent = 'body { background: rgb(255, 0, 0) !important; }';
      document.head.appendChild(style);
      await new Promise((r) => setTimeout(r, 200));
      const red = getComputedStyle(document.body).backgroundColor === 'rgb(255, 0, 0)';
      let fetchBlocked = false;
      try {
        await fetch('https://example.com/');
      } catch {
        fetchBlocked = true;
      }
      return {
        injected: w.__injected === true,
        handler: w.__handler === true,
        red,
        fetchBlocked,
        violations: [...new Set(violations)].sort(),
      };
    });
    expect(outcome).toMatchObject({ injected: false, handler: false, red: false, fetchBlocked: true });
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-elem']));
  });

  test('main refuses IPC from a frame that is not the app', async ({ app, shell }) => {
    await shell.waitUntilReady();
    const result = await app.core.dispatch('preferences:get', undefined, 'https://evil.example/');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    const control = await app.page.evaluate(() =>
      (window as unknown as { api: { preferences: { get(): Promise<unknown> } } }).api.preferences.get(),
    );
    expect(control).toMatchObject({ ok: true });
  });

  test('links outside the allow-list are not opened', async ({ app, shell }) => {
    await shell.waitUntilReady();
    const results = await app.page.evaluate(async () => {
      const api = (window as unknown as { api: { shell: { openExternal(i: { url: string }): Promise<unknown> } } }).api;
      return [
        await api.shell.openExternal({ url: 'https://evil.example/phish' }),
        await api.shell.openExternal({ url: 'mailto:hr@example.com' }),
      ];
    });
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'external_url_not_allowed' } });
    expect(results[1]).toMatchObject({ ok: true });
    expect(app.openedExternally).toEqual(['mailto:hr@example.com']);
  });
});

test.describe('built preloads', () => {
  test('are self-contained: a sandboxed preload may require only electron', () => {
    const directory = join(__dirname, '../../out/preload');
    const files = readdirSync(directory).filter((f) => f.endsWith('.js'));
    expect(files.sort()).toEqual(['index.js', 'print.js']);
    for (const file of files) {
      const source = readFileSync(join(directory, file), 'utf8');
      const required = [...source.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      expect(required, file).toEqual(['electron']);
    }
    expect(readdirSync(directory).filter((f) => !f.endsWith('.js'))).toEqual([]);
  });
});
