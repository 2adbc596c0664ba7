import { Anchor, Button, Center, EmptyState, Group, Loader, Stack } from '@mantine/core';
import { IconArrowLeft, IconQuestionMark } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type DetailFrameProps = {
  backTo: string;
  backLabel: string;
  loading: boolean;
  loadingLabel: string;
  found: boolean;
  notFoundText: string;
  children: ReactNode;
};

/** A detail page's frame: the way back, then a loader, the record, or "not found". */
export function DetailFrame({
  backTo,
  backLabel,
  loading,
  loadingLabel,
  found,
  notFoundText,
  children,
}: DetailFrameProps) {
  return (
    <Stack gap="md" p={{ base: 'md', sm: 'lg' }} maw={1100} w="100%" style={{ overflowY: 'auto' }}>
      <Group>
        <Anchor component={Link} to={backTo} size="sm" c="dimmed">
          <Group gap={4}>
            <IconArrowLeft size={16} aria-hidden />
            {backLabel}
          </Group>
        </Anchor>
      </Group>
      {loading && !found ? (
        <Center py="xl">
          <Loader aria-label={loadingLabel} />
        </Center>
      ) : found ? (
        children
      ) : (
        <Center py="xl">
          <EmptyState icon={<IconQuestionMark size={28} stroke={1.5} />} withIndicatorBackground>
            <EmptyState.Title order={2}>{notFoundText}</EmptyState.Title>
            <EmptyState.Actions>
              <Button component={Link} to={backTo} variant="default">
                {backLabel}
              </Button>
            </EmptyState.Actions>
          </EmptyState>
        </Center>
      )}
    </Stack>
  );
}
