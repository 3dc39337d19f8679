import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const script = join(root, 'scripts/electronegativity.mjs');

function gate(input?: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, input ? [script, input] : [script], { encoding: 'utf8', cwd: root });
  return { status: result.status, stdout: result.stdout };
}

describe('Electronegativity gate', () => {
  it('passes on electron/ with every finding suppressed for a stated reason', () => {
    const result = gate();
    expect(result.stdout).toMatch(/0 blocking/);
    expect(result.status).toBe(0);
  });

  it('fails on an insecure window (control: the gate can fail)', () => {
    const result = gate(join(root, 'test/fixtures/insecure-electron'));
    expect(result.stdout).toMatch(/NODE_INTEGRATION|CONTEXT_ISOLATION|SANDBOX/);
    expect(result.status).toBe(1);
  });
});
