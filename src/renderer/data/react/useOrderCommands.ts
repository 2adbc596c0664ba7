import { useMemo } from 'react';
import { createOrderCommands, type OrderCommands } from '../orders/orderCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Create, confirm, ship, deliver, cancel and close orders; numbers come from this device's series. */
export function useOrderCommands(): OrderCommands {
  const context = useCommandContext();
  return useMemo(() => createOrderCommands(context), [context]);
}
