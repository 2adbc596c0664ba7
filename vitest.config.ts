import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The randomized sync model (two files of 500 runs, about 3 minutes of one core each) starts
// first, so the rest of the suite runs beside it instead of after it.
class LongRunsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) =>
      file.moduleId.includes('tests/proof/syncModel') ? 0 : 1;
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [react()],
  test: {
    // Typing through user-event into happy-dom and real IndexedDB work are slow on a busy 2-core
    // machine; a generous limit keeps slow from being reported as broken.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default on 2 cores is one worker; most integration tests wait on servers and
    // timers, so two files at a time use the machine and keep CI within its time budget.
    maxWorkers: 2,
    sequence: { sequencer: LongRunsFirst },
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'src/shared/**/*.test.ts',
            'src/main/**/*.test.ts',
            'src/server/**/*.test.ts',
            'tests/integration/**/*.test.ts',
            'tests/proof/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          // Each file would otherwise import React, Mantine and RxDB afresh: the DOM project took
          // 247 s isolated and 78-104 s sharing its worker's modules. Every test opens its own
          // database (and closes it), and setup.ts clears the one shared UI store (toasts).
          isolate: false,
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['src/renderer/test/setup.ts'],
        },
      },
    ],
  },
});
