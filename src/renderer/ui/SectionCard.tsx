import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered section with a level-2 heading. */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="xl" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}
