import { Stack, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/**
 * A labelled group of navigation links. The label names the group for screen readers
 * (aria-labelledby) and the links always stay visible: nothing hides behind a collapsed group.
 */
export function NavSection({ label, children }: { label: string; children: ReactNode }) {
  const labelId = useId();
  return (
    <Stack gap={0} role="group" aria-labelledby={labelId}>
      <Text
        id={labelId}
        fz={11}
        lh={1.2}
        fw={600}
        c="dimmed"
        tt="uppercase"
        px="sm"
        pt={8}
        pb={2}
        style={{ letterSpacing: '0.04em' }}
      >
        {label}
      </Text>
      {children}
    </Stack>
  );
}
