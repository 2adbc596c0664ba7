import { Button, Group, Text } from '@mantine/core';

export type UndoMessageProps = { message: string; undoLabel: string; onUndo: () => void };

/** A notification body with an Undo action beside the message. */
export function UndoMessage({ message, undoLabel, onUndo }: UndoMessageProps) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm">{message}</Text>
      <Button size="compact-sm" variant="light" onClick={onUndo}>
        {undoLabel}
      </Button>
    </Group>
  );
}
