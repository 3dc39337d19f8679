// Drives the built renderer in Debian's Chromium with the real main-process core, no Electron
// needed, and saves a screenshot of each named page:
//   npx tsx scripts/screenshot.ts --out shots --lang en settings participants
//   npx tsx scripts/screenshot.ts --vault none (first-run setup) | --vault locked (lock screen)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchApp } from '../test/e2e/harness/launch-app';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'screenshots' },
    lang: { type: 'string', default: 'de' },
    'data-dir': { type: 'string' },
    vault: { type: 'string', default: 'unlocked' },
  },
});

async function main(): Promise<void> {
  const pages = positionals.length > 0 ? positionals : ['participants'];
  const dataDirectory = values['data-dir'];
  const vault = values.vault === 'none' || values.vault === 'locked' ? 'none' : 'unlocked';
  const app = await launchApp({ ...(dataDirectory ? { dataDirectory } : {}), vault });
  if (values.vault === 'locked') {
    await app.core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
    await app.core.handlers['vault:lock'](undefined);
  }
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (message.type() === 'error') {
      violations.push(message.text());
    }
  });
  try {
    await app.core.handlers['preferences:update']({ language: values.lang === 'en' ? 'en' : 'de' });
    await app.page.reload();
    await mkdir(values.out, { recursive: true });
    for (const page of pages) {
      await app.page.goto(`https://tandem.test/index.html#/${page}`);
      await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      const file = join(values.out, `${page}-${values.lang}.png`);
      await app.page.screenshot({ path: file, fullPage: true });
      process.stdout.write(`${file}\n`);
    }
    if (violations.length > 0) {
      process.stdout.write(`console errors:\n${violations.join('\n')}\n`);
    }
  } finally {
    await app.close();
  }
}

void main();
