import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = resolve(__dirname, '../..');

/** Where `npm install electron` put the binary, found without `require('electron')` (that would start a download). */
function electronBinary(): string | undefined {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return undefined;
  }
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('Electron app', () => {
  test.skip(!binary, 'Electron binary not installed (node_modules/electron/dist is missing: its download host is unreachable here). The same UI runs in Chromium in the other specs.');

  test('opens a hardened window showing the shell and blocks navigation and new windows', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [join(root, 'out/main/index.js')],
      env: { ...process.env, ELECTRON_DISABLE_SECURITY_WARNINGS: '1' },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation')).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/tandem\//);
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const wc = BrowserWindow.getAllWindows()[0]?.webContents;
        return wc ? { count: BrowserWindow.getAllWindows().length } : null;
      });
      expect(prefs).toEqual({ count: 1 });
      await page.evaluate(() => {
        window.open('https://example.com/');
        window.location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/tandem\//);
      expect(app.windows()).toHaveLength(1);
      const hasNode = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require);
      expect(hasNode).toBe('undefined');
    } finally {
      await app.close();
    }
  });
});
