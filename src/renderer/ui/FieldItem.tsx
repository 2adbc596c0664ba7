import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small label above a value, for detail pages. */
export function FieldItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} mb={2}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
