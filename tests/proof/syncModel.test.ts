import { describeSyncModelShare } from './syncModelSuite.ts';

// The first half of CI's window of seeded runs; syncModelSecondHalf.test.ts runs the rest.
describeSyncModelShare({ file: 'tests/proof/syncModel.test.ts', share: 0, shares: 2 });
