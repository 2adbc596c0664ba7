import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { LeadDraftInput } from '../../../shared/domain/leadDraft.ts';
import { type DuplicateMatch, leadDuplicateIndex } from '../qualification/LeadDuplicateIndex.ts';
import { useDataContext } from './DataProvider.tsx';

/**
 * A synchronous check of a lead draft against every local lead (same email, same phone,
 * similar name + company), most likely first. Returns [] until the in-memory index is built;
 * the component re-renders when it is ready and when leads change.
 */
export function useDuplicateCheck(): (
  draft: LeadDraftInput,
  options?: { excludeId?: string },
) => DuplicateMatch[] {
  const { data } = useDataContext();
  const index = leadDuplicateIndex(data);
  useEffect(() => {
    void index.start();
  }, [index]);
  const subscribe = useCallback((listener: () => void) => index.subscribe(listener), [index]);
  // A version that changes with the index makes the returned function new, so memos re-run.
  const version = useSyncExternalStore(subscribe, () => index.version);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` marks a changed index.
  return useCallback(
    (draft: LeadDraftInput, options: { excludeId?: string } = {}) => {
      if (!index.ready) return [];
      return index.find(
        {
          firstName: draft.firstName ?? '',
          lastName: draft.lastName ?? '',
          company: draft.company ?? '',
          email: draft.email ?? '',
          phone: draft.phone ?? '',
          ...(draft.country !== undefined ? { country: draft.country } : {}),
        },
        options,
      );
    },
    [index, version],
  );
}
