import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the closing line CI reads ("vitest: N passed, N failed, N skipped") and,
 * when TANDEM_SUMMARY_FILE is set, writes the counts there for scripts/test.mjs.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && module.children.size === 0) {
        failed += 1;
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') {
          passed += 1;
        } else if (state === 'failed') {
          failed += 1;
        } else {
          skipped += 1;
        }
      }
    }
    const file = process.env.TANDEM_SUMMARY_FILE;
    if (file) {
      writeFileSync(file, JSON.stringify({ runner: 'vitest', passed, failed, skipped }));
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
