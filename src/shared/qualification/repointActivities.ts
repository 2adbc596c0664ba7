import type { Activity, RelatedRecord } from '../domain/activity.ts';

/**
 * The activities on `from`'s timeline moved to `to`'s (stamped `now`); others are left out, so
 * the result is exactly what to save. `contactId` is added to each moved activity's contacts.
 */
export function repointActivities({
  activities,
  from,
  to,
  now,
  contactId,
}: {
  activities: readonly Activity[];
  from: RelatedRecord;
  to: RelatedRecord;
  now: string;
  contactId?: string;
}): Activity[] {
  return activities
    .filter(
      (activity) =>
        activity.related.collection === from.collection && activity.related.id === from.id,
    )
    .map((activity) => ({
      ...activity,
      related: { ...to },
      contactIds:
        contactId === undefined || activity.contactIds.includes(contactId)
          ? activity.contactIds
          : [...activity.contactIds, contactId],
      updatedAt: now,
    }));
}
