import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel } from '@shared/ipc/channels';
import { contract } from '@shared/ipc/contract';
import type { InputOf, OutputOf } from '@shared/ipc/contract';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import { makeParticipantInput } from '../../shared/participants/participant.factory';
import { GERMAN_HEADER, germanRow } from '../intake/intake.factory';

let core: TestCore;

/** Calls a handler the way the dispatcher does: input parsed by the contract first. */
async function call<C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const parsed: unknown = contract[channel].input.parse(input);
  const handler = core.handlers[channel] as (i: unknown) => Promise<OutputOf<C>>;
  return handler(parsed);
}

async function fails(promise: Promise<unknown>): Promise<{ code: string; params?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; params?: Record<string, unknown> };
  }
  throw new Error('expected a failure');
}

beforeEach(async () => {
  core = await makeTestCore();
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
});

afterEach(async () => {
  await core.dispose();
});

describe('participants over IPC', () => {
  it('creates, lists, edits and withdraws a person, refusing a taken email with a link to the owner', async () => {
    const lena = await call('participants:create', makeParticipantInput());
    expect(lena.status).toBe('active');
    const error = await fails(call('participants:create', makeParticipantInput({ email: ' LENA.schaefer@example.de ', firstName: 'Other' })));
    expect(error.code).toBe('participants.email_taken');
    expect(error.params).toMatchObject({ id: lena.id, name: 'Lena Schäfer' });

    const edited = await call('participants:update', { id: lena.id, input: makeParticipantInput({ department: 'IT', managerEmail: '' }) });
    expect(edited.department).toBe('IT');
    expect(edited.managerEmail).toBeUndefined();
    await call('participants:setStatus', { id: lena.id, status: 'withdrawn' });
    const list = await call('participants:list', undefined);
    expect(list.rows).toEqual([expect.objectContaining({ id: lena.id, status: 'withdrawn', department: 'IT', sample: false })]);
  });

  it('shows the reporting chain from participants and the org chart, and survives a cycle', async () => {
    const a = await call('participants:create', makeParticipantInput({ email: 'a@x.de', managerEmail: 'b@x.de' }));
    const repos = core.context.repos();
    await repos.orgLinks.insertMany([
      { id: 'b@x.de', employeeEmail: 'b@x.de', managerEmail: 'c@x.de' },
      { id: 'c@x.de', employeeEmail: 'c@x.de', managerEmail: 'a@x.de' },
    ]);
    const detail = await call('participants:get', { id: a.id });
    expect(detail.reportingChain.map((l) => l.email)).toEqual(['b@x.de', 'c@x.de']);
    expect(detail.chainHasCycle).toBe(true);
  });

  it('seeds the topic catalogue once, and renames, merges and retires without losing ids', async () => {
    const seeded = await call('topics:list', undefined);
    expect(seeded.length).toBeGreaterThan(10);
    expect(await call('topics:list', undefined)).toHaveLength(seeded.length);
    const renamed = await call('topics:rename', { id: 'ai_assistants', name: { de: 'KI im Alltag', en: 'AI at work' } });
    expect(renamed.find((t) => t.id === 'ai_assistants')?.name.de).toBe('KI im Alltag');
    const merged = await call('topics:merge', { sourceId: 'smartphone_apps', targetId: 'mobile_working' });
    expect(merged.find((t) => t.id === 'smartphone_apps')).toMatchObject({ retired: true, mergedInto: 'mobile_working' });
    const error = await fails(call('topics:merge', { sourceId: 'mobile_working', targetId: 'mobile_working' }));
    expect(error.code).toBe('topics.topic_merge_into_self');
    const added = await call('topics:add', { name: { de: 'Podcasts', en: 'Podcasts' }, kind: 'digital' });
    expect(added.some((t) => t.id === 'podcasts')).toBe(true);
  });
});

describe('import, export and org chart', () => {
  it('imports a German CSV: row errors, duplicates with a choice, nothing written before confirm', async () => {
    await call('participants:create', makeParticipantInput({ email: 'person1@example.de', department: 'Alt' }));
    const rows = [GERMAN_HEADER, germanRow(0), germanRow(1), germanRow(2, { email: 'kaputt' }), germanRow(3, { email: 'person0@example.de' }), germanRow(4)];
    const file = join(core.dataDirectory, 'import.csv');
    await writeFile(file, `\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
    core.dialogs.opens.push(file);
    const draft = await call('import:open', undefined);
    expect(draft).not.toBeNull();
    if (draft === null) {
      return;
    }
    expect(draft.delimiter).toBe(';');
    const plan = await call('import:plan', { token: draft.token, mapping: draft.suggestedMapping });
    expect(plan.counts).toMatchObject({ rows: 5, invalid: 1, duplicatesInFile: 1, duplicatesExisting: 1 });
    expect(plan.errors[0]).toMatchObject({ row: 4, field: 'email' });
    expect((await call('participants:list', undefined)).rows).toHaveLength(1);

    const existing = plan.duplicates.find((d) => d.kind === 'existing');
    const outcome = await call('import:confirm', {
      token: draft.token,
      mapping: draft.suggestedMapping,
      decisions: existing ? [{ row: existing.row, action: 'update' }] : [],
    });
    expect(outcome).toEqual({ created: 2, updated: 1, skipped: 1 });
    const list = await call('participants:list', undefined);
    expect(list.rows).toHaveLength(3);
    expect(list.rows.find((r) => r.email === 'person1@example.de')?.department).toBe('IT');
  });

  it('turns a hostile file into a translated error', async () => {
    const file = join(core.dataDirectory, 'evil.csv');
    await writeFile(file, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    core.dialogs.opens.push(file);
    const error = await fails(call('import:open', undefined));
    expect(error.code).toMatch(/^intake\./);
  });

  it('exports to CSV that re-imports as the same people, formulas neutralised', async () => {
    await call('participants:create', makeParticipantInput({ firstName: '=HYPERLINK("x")', email: 'f@x.de' }));
    const out = join(core.dataDirectory, 'out.csv');
    core.dialogs.saves.push(out);
    expect(await call('export:participants', { format: 'csv', language: 'de' })).toEqual({ path: out, count: 1 });
    const text = await readFile(out, 'utf8');
    expect(text).toContain("'=HYPERLINK");
    await call('privacy:erasePerson', { id: (await call('participants:list', undefined)).rows[0]?.id ?? '' });
    core.dialogs.opens.push(out);
    const draft = await call('import:open', undefined);
    if (draft === null) {
      throw new Error('no draft');
    }
    await call('import:confirm', { token: draft.token, mapping: draft.suggestedMapping, decisions: [] });
    const [row] = (await call('participants:list', undefined)).rows;
    expect(row?.firstName).toBe('=HYPERLINK("x")');
  });

  it('imports an org chart, reporting cycles without failing', async () => {
    const file = join(core.dataDirectory, 'org.csv');
    await writeFile(file, 'Mitarbeiter E-Mail;Führungskraft E-Mail\na@x.de;b@x.de\nb@x.de;a@x.de\nc@x.de;nope\n');
    core.dialogs.opens.push(file);
    const result = await call('import:orgChart', undefined);
    expect(result?.links).toBe(2);
    expect(result?.report.cycles).toHaveLength(1);
    expect(result?.report.invalidEmails).toHaveLength(1);
    expect(await core.context.repos().orgLinks.count()).toBe(2);
  });
});

describe('data rights and sample data', () => {
  it('exports everything about a person and erases them, keeping only anonymised counts', async () => {
    const mentor = await call('participants:create', makeParticipantInput({ email: 'm@x.de' }));
    const mentee = await call('participants:create', makeParticipantInput({ email: 'e@x.de', role: 'mentee', careerStage: 'manager' }));
    const out = join(core.dataDirectory, 'auskunft.json');
    core.dialogs.saves.push(out);
    await call('privacy:exportPerson', { id: mentor.id });
    const json = JSON.parse(await readFile(out, 'utf8')) as { participant: { email: string } };
    expect(json.participant.email).toBe('m@x.de');
    expect(await readFile(join(core.dataDirectory, 'auskunft.txt'), 'utf8')).toContain('m@x.de');

    const outcome = await call('privacy:erasePerson', { id: mentor.id });
    expect(outcome).toEqual({ tandems: 0, meetings: 0, feedback: 0 });
    expect(await core.context.repos().participants.get(mentor.id)).toBeNull();
    expect(await core.context.repos().participants.get(mentee.id)).not.toBeNull();
    const audit = await core.context.repos().audit.list({ entityId: mentor.id });
    expect(audit.map((a) => a.action)).toContain('privacy.erased');
  });

  it('creates and removes a marked sample programme with an org chart', async () => {
    const created = await call('sample:create', undefined);
    expect(created.people).toBe(60);
    const list = await call('participants:list', undefined);
    expect(list.rows.every((r) => r.sample)).toBe(true);
    const detail = await call('participants:get', { id: list.rows[0]?.id ?? '' });
    expect(detail.reportingChain.length).toBeGreaterThanOrEqual(2);
    expect(await call('sample:remove', undefined)).toEqual({ present: false, people: 0 });
    expect(await core.context.repos().orgLinks.count()).toBe(0);
  });

  it('stores a retention period and finds nothing to erase without closed rounds', async () => {
    expect(await call('privacy:setRetention', { months: 12 })).toEqual({ months: 12, rounds: [], people: 0 });
    expect(await call('privacy:applyRetention', undefined)).toEqual({ erased: 0 });
  });
});
