import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';
import type { FollowUpLead } from '../../../data/import/useFollowUpLeads.ts';
import { useFollowUpCommands } from '../../../data/import/useImportData.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Makes a follow-up task for every hot lead of the event as soon as the view shows them, and
 * for leads that turn hot later. Safe to run on every device: task ids are derived from the
 * lead, so a lead never gets two.
 */
export function useHotLeadTasks(rows: readonly FollowUpLead[]): void {
  const { t } = useTranslation();
  const { createHotLeadTasks, clock } = useFollowUpCommands();
  const done = useRef(new Set<string>());
  const hot = rows.filter((row) => row.hot && !done.current.has(row.lead.id));
  const key = hot.map((row) => row.lead.id).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names the hot leads to handle.
  useEffect(() => {
    if (hot.length === 0) return;
    for (const row of hot) done.current.add(row.lead.id);
    const dueAt = new Date(clock().getTime() + dayMs).toISOString();
    createHotLeadTasks({
      leads: hot.map(({ lead }) => ({
        id: lead.id,
        ownerId: lead.ownerId,
        label: formatPersonName(lead) || lead.company,
      })),
      subject: (name) => t('followUp.taskSubject', { name }),
      dueAt,
    })
      .then(({ created }) => {
        if (created > 0)
          notifications.show({ message: t('followUp.tasksCreated', { count: created }) });
      })
      .catch((error: unknown) => console.error('Could not create follow-up tasks', error));
  }, [key]);
}
