import { Anchor } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';

// One word: a number like SO-2026-A9-0001 never breaks at its hyphens.
const oneLine: CSSProperties = { whiteSpace: 'nowrap' };

/** A document's number in a list (quote, order, invoice, ticket, contract), linking to it. */
export function DocumentNumberLink({
  to,
  monospace = false,
  children,
}: {
  to: string;
  monospace?: boolean;
  children: ReactNode;
}) {
  return (
    <Anchor
      component={Link}
      to={to}
      fw={600}
      size="sm"
      ff={monospace ? 'monospace' : undefined}
      style={oneLine}
    >
      {children}
    </Anchor>
  );
}
