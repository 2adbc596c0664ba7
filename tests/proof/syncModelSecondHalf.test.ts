import { describeSyncModelShare } from './syncModelSuite.ts';

// The second half of CI's window of seeded runs (see syncModel.test.ts), in its own process.
describeSyncModelShare({ file: 'tests/proof/syncModelSecondHalf.test.ts', share: 1, shares: 2 });
