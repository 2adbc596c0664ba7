import { Button, Center, Group, Loader } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type PrintFrameProps = {
  backTo: string;
  backLabel: string;
  /** The toolbar's print or export button. */
  actionLabel: string;
  actionIcon: ReactNode;
  onAction: () => void;
  /** The sheet, once its data has loaded; a loader until then. */
  children: ReactNode | undefined;
};

/** A printable page: no app frame, a toolbar that is not printed, then the sheet. */
export function PrintFrame({
  backTo,
  backLabel,
  actionLabel,
  actionIcon,
  onAction,
  children,
}: PrintFrameProps) {
  const { t } = useTranslation();
  const ready = children !== undefined;
  return (
    <div style={{ minHeight: '100dvh', background: 'var(--fb-canvas)' }} className="fb-print-page">
      <Group justify="space-between" p="md" className="fb-no-print">
        <Button
          component={Link}
          to={backTo}
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {backLabel}
        </Button>
        <Button leftSection={actionIcon} disabled={!ready} onClick={onAction}>
          {actionLabel}
        </Button>
      </Group>
      {ready ? (
        <div className="fb-print-area">{children}</div>
      ) : (
        <Center py="xl">
          <Loader aria-label={t('app.loading')} />
        </Center>
      )}
    </div>
  );
}
