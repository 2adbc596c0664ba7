import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered section with a level-2 heading, and what can be done there beside it. */
export function SectionCard({
  title,
  actions,
  children,
}: {
  title: string;
  /** Buttons beside the heading (e.g. "Add contact"). */
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} fz="md" mb={actions ? 0 : 'md'}>
      {title}
    </Title>
  );
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-label={title}>
      {actions ? (
        <Group justify="space-between" align="center" mb="md">
          {heading}
          {actions}
        </Group>
      ) : (
        heading
      )}
      {children}
    </Card>
  );
}
