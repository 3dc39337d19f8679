// `npm test`: unit and component tests (vitest), then the build, then the end-to-end tests
// in Debian's Chromium (Playwright). Prints each runner's closing line and a total.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const summaries = mkdtempSync(join(tmpdir(), 'tandem-test-'));

function run(label, command, args, summaryName) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const env = { ...process.env };
  if (summaryName) {
    env.TANDEM_SUMMARY_FILE = join(summaries, `${summaryName}.json`);
  }
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

const steps = [
  ['unit and component tests (vitest)', bin('vitest'), ['run'], 'vitest'],
  ['build (electron-vite)', bin('electron-vite'), ['build'], undefined],
  ['end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], 'playwright'],
];

let ok = true;
for (const [label, command, args, summary] of steps) {
  if (!run(label, command, args, summary)) {
    ok = false;
    if (!summary) {
      break;
    }
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['vitest', 'playwright']) {
  const file = join(summaries, `${name}.json`);
  if (existsSync(file)) {
    const counts = JSON.parse(readFileSync(file, 'utf8'));
    passed += counts.passed;
    failed += counts.failed;
    skipped += counts.skipped;
  } else {
    failed += 1;
  }
}
if (!ok && failed === 0) {
  failed = 1;
}
process.stdout.write(`\ntotal: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(ok && failed === 0 ? 0 : 1);
