import { useMemo, useSyncExternalStore } from 'react';
import { map } from 'rxjs';
import type { FieldEvent } from '../../../shared/domain/event.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useCommandContext } from '../react/useCommandContext.ts';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { collectionOf, plainRecord } from '../records/recordStore.ts';
import {
  readActiveEventId,
  subscribeActiveEventId,
  writeActiveEventId,
} from './activeEventPreference.ts';
import { type BoothCommands, createBoothCommands } from './boothCommands.ts';
import { createEventCommands, type EventCommands } from './eventCommands.ts';

/** Every event, newest first by start date; live (synced from managers). */
export function useEvents(): { events: FieldEvent[]; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue('events', () =>
    collectionOf(data, 'events')
      .find()
      .$.pipe(
        map((docs) =>
          docs
            .map((doc) => plainRecord<FieldEvent>(doc._data))
            .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.name.localeCompare(b.name)),
        ),
      ),
  );
  return { events: value ?? [], loading };
}

/** One event, live; undefined while loading and when it does not exist. */
export function useEvent(id: string | undefined): { event?: FieldEvent; loading: boolean } {
  const { data } = useDataContext();
  const { value, loading } = useLiveValue(`event:${id ?? ''}`, () =>
    id === undefined
      ? undefined
      : collectionOf(data, 'events')
          .findOne(id)
          .$.pipe(map((doc) => (doc ? plainRecord<FieldEvent>(doc._data) : undefined))),
  );
  if (id === undefined) return { loading: false };
  return value ? { event: value, loading } : { loading };
}

/** Create and edit events (managers and admins). */
export function useEventCommands(): EventCommands {
  const context = useCommandContext();
  return useMemo(() => createEventCommands(context), [context]);
}

/** Capture leads and visits at the booth. */
export function useBoothCommands(): BoothCommands {
  const context = useCommandContext();
  return useMemo(() => createBoothCommands(context), [context]);
}

/** The event this device captures for, and a setter; a device-local preference. */
export function useActiveEventId(): [string | undefined, (id: string | undefined) => void] {
  const id = useSyncExternalStore(subscribeActiveEventId, () => readActiveEventId());
  return [id, writeActiveEventId];
}
