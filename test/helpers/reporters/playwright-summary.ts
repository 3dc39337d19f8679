import { writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints "playwright: N passed, N failed, N skipped" at the end (the closing line CI reads). */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, TestCase>();

  onTestEnd(test: TestCase, _result: TestResult): void {
    this.outcomes.set(test.id, test);
  }

  onEnd(result: FullResult): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const test of this.outcomes.values()) {
      const outcome = test.outcome();
      if (outcome === 'expected' || outcome === 'flaky') {
        passed += 1;
      } else if (outcome === 'skipped') {
        skipped += 1;
      } else {
        failed += 1;
      }
    }
    if (result.status !== 'passed' && failed === 0 && passed === 0) {
      failed = 1;
    }
    const file = process.env.TANDEM_SUMMARY_FILE;
    if (file) {
      writeFileSync(file, JSON.stringify({ runner: 'playwright', passed, failed, skipped }));
    }
    process.stdout.write(`\nplaywright: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
