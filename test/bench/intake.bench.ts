// Intake benchmark: decode (Windows-1252), parse (semicolon CSV), map and validate a
// generated 10,000-row German participant list. Storing is added by the database layer.
import { readSpreadsheet } from '../../electron/main/services/intake/spreadsheet-reader';
import { buildImportPlan, suggestMapping } from '../../shared/domain/intake';
import { catalogue, germanCsv, toWindows1252 } from '../main/intake/intake.factory';

const print = (name: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit }));
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

const run = async (bytes: Buffer, runs: number): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    globalThis.gc?.();
    const start = performance.now();
    const table = await readSpreadsheet(bytes, 'teilnehmende.csv');
    const plan = buildImportPlan(table, suggestMapping(table.header, catalogue), {
      catalogue,
      existingEmails: new Set(['person7@example.de']),
    });
    times.push(performance.now() - start);
    if (plan.counts.valid !== 10_000 || plan.errors.length > 0) {
      throw new Error(`unexpected plan: ${JSON.stringify(plan.counts)}`);
    }
  }
  return median(times);
};

void (async () => {
  const bytes = toWindows1252(germanCsv(10_000));
  await run(bytes, 2); // warm up the JIT
  print('intake.parse_validate_10k_ms', await run(bytes, 7), 'ms');
})();
