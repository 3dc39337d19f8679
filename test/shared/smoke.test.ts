import { describe, expect, it } from 'vitest';

describe('harness', () => {
  it('runs shared tests in node', () => {
    expect(typeof process.versions.node).toBe('string');
  });
});
