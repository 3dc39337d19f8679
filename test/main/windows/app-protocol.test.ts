import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppFile } from '../../../electron/main/windows/app-protocol';

let root: string;
let outside: string;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'tandem-proto-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.js');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<meta name="csp-nonce" content="%CSP_NONCE%"><style nonce="%CSP_NONCE%"></style>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(outside, 'secret');
});

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

describe('app protocol', () => {
  it('serves index.html with a fresh nonce in the page and in the CSP header', async () => {
    const first = await serveAppFile(root, 'app://tandem/');
    const second = await serveAppFile(root, 'app://tandem/index.html');
    expect(first.status).toBe(200);
    const nonce = /content="([^"]+)"/.exec(String(first.body))?.[1];
    expect(nonce).toBeDefined();
    expect(String(first.body)).not.toContain('%CSP_NONCE%');
    expect(first.headers['Content-Security-Policy']).toContain(`'nonce-${nonce!}'`);
    expect(second.headers['Content-Security-Policy']).not.toContain(`'nonce-${nonce!}'`);
    expect(first.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('serves assets with their content type and the CSP', async () => {
    const file = await serveAppFile(root, 'app://tandem/assets/app.js');
    expect(file.status).toBe(200);
    expect(file.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(file.headers['Content-Security-Policy']).toContain("default-src 'none'");
  });

  it.each([
    'app://tandem/../secret.js',
    'app://tandem/%2e%2e/secret.js',
    'app://tandem/assets/%2e%2e/%2e%2e/secret.js',
    'app://tandem/.env',
    'app://tandem/missing.js',
    'app://tandem/assets/app.exe',
    'app://tandem/index.html%00.js',
  ])('answers 404 for %s', async (url) => {
    const file = await serveAppFile(root, url);
    expect(file.status).toBe(404);
    expect(String(file.body)).not.toContain('secret');
  });
});
