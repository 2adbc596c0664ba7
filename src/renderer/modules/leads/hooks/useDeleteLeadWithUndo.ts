import { notifications } from '@mantine/notifications';
import { createElement, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../../shared/domain/lead.ts';
import { useLeadCommands } from '../../../data/index.ts';
import { UndoMessage } from '../components/UndoMessage.tsx';
import { errorMessage } from '../utils/errorMessage.ts';
import { leadDisplayName } from '../utils/leadDisplayName.ts';

/** Deletes at once and offers Undo in the notification, instead of asking "are you sure?". */
export function useDeleteLeadWithUndo(): (lead: Lead) => Promise<boolean> {
  const { t } = useTranslation();
  const { deleteLead, restoreLead } = useLeadCommands();

  return useCallback(
    async (lead: Lead) => {
      try {
        const deleted = await deleteLead(lead.id);
        const name = leadDisplayName(deleted, t);
        const id = `lead-deleted-${deleted.id}`;
        const handleUndo = async () => {
          notifications.hide(id);
          try {
            await restoreLead(deleted);
            notifications.show({
              message: t('leads.detail.restored'),
              color: 'teal',
              autoClose: 3000,
            });
          } catch (error) {
            notifications.show({ message: errorMessage(error, t), color: 'red' });
          }
        };
        notifications.show({
          id,
          title: t('leads.detail.deleted'),
          message: createElement(UndoMessage, {
            message: t('leads.detail.deletedMessage', { name }),
            undoLabel: t('leads.detail.undo'),
            onUndo: () => void handleUndo(),
          }),
          autoClose: 8000,
        });
        return true;
      } catch (error) {
        notifications.show({ message: errorMessage(error, t), color: 'red' });
        return false;
      }
    },
    [deleteLead, restoreLead, t],
  );
}
