import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { roundsDe } from '../../../renderer/src/i18n/locales/rounds.de';
import { roundsEn } from '../../../renderer/src/i18n/locales/rounds.en';

const dir = join(import.meta.dirname, '../../../shared/domain/rounds');
const source = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n');

const lookup = (messages: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), messages);

const leaves = (node: unknown, prefix = ''): string[] =>
  typeof node === 'string' ? [prefix] : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix === '' ? k : `${prefix}.${k}`));

describe('rounds i18n', () => {
  it('has German and English texts for every validation key and error code the domain uses', () => {
    const validation = [...new Set(source.match(/'validation\.[A-Za-z.]+'/g) ?? [])].map((k) => k.slice(1, -1));
    const codes = [...new Set(source.match(/'(round|tandem|schedule)\.[A-Za-z]+'/g) ?? [])].map((k) => `errors.${k.slice(1, -1)}`);
    expect(validation.length).toBeGreaterThan(20);
    expect(codes).toContain('errors.round.closed');
    for (const key of [...validation, ...codes]) {
      expect(typeof lookup(roundsEn, key), key).toBe('string');
      expect(typeof lookup(roundsDe, key), key).toBe('string');
    }
  });

  it('has the same keys in both languages', () => {
    expect(leaves(roundsDe).sort()).toEqual(leaves(roundsEn).sort());
  });
});
