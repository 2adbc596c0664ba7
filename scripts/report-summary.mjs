// Prints one plain line, `N passed, N failed, N skipped`, summed over Vitest's and Playwright's JSON
// reports. A missing or unreadable report counts as a failure of that runner (it never finished).
// The total is the last line printed. Exits 1 when anything failed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const reportsDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../reports'));

const runners = [
  { name: 'Vitest', file: 'vitest.json', count: countVitest },
  { name: 'Playwright', file: 'playwright.json', count: countPlaywright },
];

const total = { passed: 0, failed: 0, skipped: 0 };
for (const runner of runners) {
  const path = resolve(reportsDir, runner.file);
  let counts;
  try {
    counts = runner.count(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    const why = error?.code === 'ENOENT' ? 'no report' : `unreadable report (${error?.message})`;
    console.log(`${runner.name}: ${why} at ${path}; counting the run as 1 failure.`);
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  // Worded differently from the total so that a reader grepping "N passed, N failed" finds one line.
  console.log(
    `${runner.name}: passed ${counts.passed}, failed ${counts.failed}, skipped ${counts.skipped}`,
  );
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);

function countVitest(report) {
  const tests = number(report.numTotalTests);
  const passed = number(report.numPassedTests);
  const failedTests = number(report.numFailedTests);
  // A file that fails to load has no failed test but a failed suite; count it.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed'),
  ).length;
  const skipped = number(report.numPendingTests) + number(report.numTodoTests);
  if (tests === 0 && brokenFiles === 0 && report.success !== true) {
    return { passed, failed: 1, skipped };
  }
  return { passed, failed: failedTests + brokenFiles, skipped };
}

function countPlaywright(report) {
  const stats = report.stats ?? {};
  // Errors outside any test (web server did not start, a spec failed to load) fail the run.
  const globalErrors = (report.errors ?? []).length;
  return {
    passed: number(stats.expected) + number(stats.flaky),
    failed: number(stats.unexpected) + globalErrors,
    skipped: number(stats.skipped),
  };
}

function number(value) {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
