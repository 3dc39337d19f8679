// Runs Electronegativity over electron/ and fails on any HIGH or MEDIUM finding that is not
// suppressed (with a reason) in electronegativity-suppressions.json. The tool itself always
// exits 0, so its CSV is parsed here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const root = join(import.meta.dirname, '..');
// An optional argument scans another folder (the gate's own test uses an insecure fixture).
const input = process.argv[2] ?? join(root, 'electron');
const out = join(root, '.tmp', `electronegativity-${process.pid}.csv`);
mkdirSync(join(root, '.tmp'), { recursive: true });
const bin = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const run = spawnSync(process.execPath, [bin, '-i', input, '-o', out, '-r', '-e', '45.5.0'], {
  encoding: 'utf8',
  cwd: root,
});
if (run.status !== 0) {
  process.stderr.write(run.stdout + run.stderr);
  process.exit(1);
}

// The samples may hold quoted newlines: parse the CSV properly.
const rows = Papa.parse(readFileSync(out, 'utf8'), { skipEmptyLines: true }).data;
const findings = rows.slice(1).map((row) => {
  const [check, severity, confidence, file, location] = row.map((cell) => String(cell).trim());
  return { check, severity, confidence, file, location };
});
const { suppressions } = JSON.parse(readFileSync(join(root, 'electronegativity-suppressions.json'), 'utf8'));
for (const s of suppressions) {
  if (!s.reason || s.reason.length < 20) {
    process.stderr.write(`Suppression ${s.check} ${s.file} needs a real reason.\n`);
    process.exit(1);
  }
}
const used = new Set();
const blocking = findings.filter((f) => {
  if (f.severity !== 'HIGH' && f.severity !== 'MEDIUM') {
    return false;
  }
  const index = suppressions.findIndex((s) => s.check === f.check && s.file === f.file);
  if (index >= 0) {
    used.add(index);
    return false;
  }
  return true;
});
// A suppression that matches nothing is stale only for the real scan.
const stale = process.argv[2] ? [] : suppressions.filter((_, i) => !used.has(i));
for (const f of findings) {
  process.stdout.write(`${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}\n`);
}
for (const s of stale) {
  process.stdout.write(`stale suppression (matches nothing; remove it): ${s.check} ${s.file}\n`);
}
// A stale suppression is reported so it gets cleaned up, but is no risk: only findings fail the gate.
const ok = blocking.length === 0;
process.stdout.write(
  `electronegativity: ${findings.length} findings, ${findings.length - blocking.length} suppressed or low, ${blocking.length} blocking\n`,
);
process.exit(ok ? 0 : 1);
