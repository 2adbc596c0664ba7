import type { EventQuestionTemplate } from '../../../shared/domain/eventQuestionTemplates.ts';
import { useDataContext } from '../react/DataProvider.tsx';
import { useLiveValue } from '../react/useLiveRecords.ts';
import { hasCollection } from '../records/recordStore.ts';
import { setting$ } from '../settings/settingsStore.ts';

const none: readonly EventQuestionTemplate[] = [];

/** The question templates managers keep in settings (`eventQuestionTemplates`), live. */
export function useEventQuestionTemplates(): readonly EventQuestionTemplate[] {
  const { data } = useDataContext();
  const { value: setting } = useLiveValue('setting:eventQuestionTemplates', () =>
    hasCollection(data, 'settings') ? setting$(data, 'eventQuestionTemplates') : undefined,
  );
  return setting?.value.templates ?? none;
}
