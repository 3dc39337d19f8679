import { contract } from '@shared/ipc/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestCore } from '../../helpers/core';
import type { TestCore } from '../../helpers/core';
import { makeParticipantInput } from '../../shared/participants/participant.factory';

let core: TestCore;

beforeEach(async () => {
  core = await makeTestCore();
  await core.handlers['vault:create']({ passphrase: 'correct horse battery staple' });
});

afterEach(async () => {
  await core.dispose();
});

describe('topics:merge', () => {
  it("moves people's ratings and learning wishes to the target, keeping the higher level", async () => {
    const catalogue = await core.handlers['topics:list'](undefined);
    const digital = catalogue.filter((t) => t.kind === 'digital' && !t.retired);
    const [source, target] = digital;
    if (!source || !target) {
      throw new Error('seed catalogue needs two digital topics');
    }
    const base = makeParticipantInput();
    const input = contract['participants:create'].input.parse({
      ...base,
      topics: [
        { topicId: source.id, level: 5 },
        { topicId: target.id, level: 2 },
      ],
    });
    const person = await core.handlers['participants:create'](input);
    const after = await core.handlers['topics:merge']({ sourceId: source.id, targetId: target.id });
    expect(after.find((t) => t.id === source.id)).toMatchObject({ retired: true, mergedInto: target.id });
    const stored = await core.handlers['participants:get']({ id: person.id });
    expect(stored.participant.topics).toEqual([{ topicId: target.id, level: 5 }]);
  });
});
