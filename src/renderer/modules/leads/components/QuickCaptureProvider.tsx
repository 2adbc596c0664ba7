import { Drawer } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickCaptureContext } from '../hooks/useQuickCapture.ts';
import { LeadCaptureForm } from './LeadCaptureForm.tsx';

/** Owns the quick capture drawer and its global shortcut, Ctrl/Cmd+N, which works in any field. */
export function QuickCaptureProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  useHotkeys([['mod+N', open, { preventDefault: true }]], []);
  const value = useMemo(() => ({ open }), [open]);

  return (
    <QuickCaptureContext value={value}>
      {children}
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size={520}
        title={t('leads.capture.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        styles={{
          title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' },
          body: { paddingBottom: 0 },
        }}
      >
        <LeadCaptureForm onLeave={close} />
      </Drawer>
    </QuickCaptureContext>
  );
}
