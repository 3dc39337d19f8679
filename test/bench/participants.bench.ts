// Participants benchmark: a 10,000-row German CSV read, validated and stored through the
// real core (encrypted store, one batch), and the renderer's list filter over 10,000 rows.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParticipantRow } from '../../shared/ipc/domains/participants.types';
import { buildSearchIndex, EMPTY_FILTER, filterParticipants } from '../../renderer/src/features/participants/participant-filter';
import { makeTestCore } from '../helpers/core';
import { germanCsv } from '../main/intake/intake.factory';

const print = (name: string, value: number, unit: string): void => {
  console.log(JSON.stringify({ name, value: Math.round(value * 10) / 10, unit }));
};

const importOnce = async (): Promise<{ ms: number; rows: ParticipantRow[] }> => {
  const core = await makeTestCore();
  try {
    await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
    const file = join(core.dataDirectory, 'teilnehmende.csv');
    await writeFile(file, `\uFEFF${germanCsv(10_000)}`, 'utf8');
    core.dialogs.opens.push(file);
    const start = performance.now();
    const draft = await core.handlers['import:open'](undefined);
    if (draft === null) {
      throw new Error('no draft');
    }
    const outcome = await core.handlers['import:confirm']({ token: draft.token, mapping: draft.suggestedMapping, decisions: [] });
    const ms = performance.now() - start;
    if (outcome.created !== 10_000) {
      throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
    }
    return { ms, rows: (await core.handlers['participants:list'](undefined)).rows };
  } finally {
    await core.dispose();
  }
};

const main = async (): Promise<void> => {
  const times: number[] = [];
  let rows: ParticipantRow[] = [];
  for (let i = 0; i < 3; i += 1) {
    const result = await importOnce();
    times.push(result.ms);
    rows = result.rows;
  }
  print('intake.import_10k_ms', [...times].sort((a, b) => a - b)[1] ?? Number.NaN, 'ms');

  const index = buildSearchIndex(rows);
  const filterTimes: number[] = [];
  for (const search of ['müller-1', 'vertrieb', 'person99', 'vorname12 it', '']) {
    const start = performance.now();
    filterParticipants(rows, { ...EMPTY_FILTER, search, role: search === '' ? 'mentor' : null }, 'name', index);
    filterTimes.push(performance.now() - start);
  }
  print('intake.filter_10k_ms', Math.max(...filterTimes), 'ms');
};

void main();
