import { useMemo } from 'react';
import { createInventoryCommands, type InventoryCommands } from '../inventory/inventoryCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Receipts and stock adjustments (managers and admins). */
export function useInventoryCommands(): InventoryCommands {
  const context = useCommandContext();
  return useMemo(() => createInventoryCommands(context), [context]);
}
