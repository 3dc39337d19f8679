// Runs every test/bench/*.bench.ts in its own Node process (via tsx) and passes through
// the JSON lines they print: {"name": ..., "value": ..., "unit": ...}.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'test', 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(dir, file)],
    { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    failed += 1;
    process.stderr.write(`bench ${file} failed with status ${String(result.status)}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
