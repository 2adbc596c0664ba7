import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, useTeamMembers } from '../../../data/index.ts';

/** The display name of a record owner, from the team directory (or "Unknown"). */
export function useOwnerName(): (ownerId: string) => string {
  const { t } = useTranslation();
  const members = useTeamMembers();
  const user = useCurrentUser();
  const names = useMemo(() => {
    const map = new Map(members.map((member) => [member.id, member.name]));
    // A local profile has no name yet; "You" reads better than "Unknown" on your own deals.
    map.set(user.id, user.name || t('pipeline.opportunities.you'));
    return map;
  }, [members, user, t]);
  return useCallback(
    (ownerId: string) => names.get(ownerId) || t('pipeline.opportunities.unknownOwner'),
    [names, t],
  );
}
