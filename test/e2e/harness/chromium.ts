import { existsSync } from 'node:fs';

/**
 * Debian's Chromium. The real binary avoids the wrapper script's shell warning; the flags keep
 * it from reaching for Google's servers on a closed network.
 */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) {
      return candidate;
    }
  }
  throw new Error('Chromium not found. Install it with: apt-get install -y chromium');
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--lang=de-DE',
];
