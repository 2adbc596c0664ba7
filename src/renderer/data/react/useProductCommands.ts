import { useMemo } from 'react';
import { createProductCommands, type ProductCommands } from '../products/productCommands.ts';
import { useCommandContext } from './useCommandContext.ts';

/** Maintain the catalog (managers and admins): create, edit, import from CSV. */
export function useProductCommands(): ProductCommands {
  const context = useCommandContext();
  return useMemo(() => createProductCommands(context), [context]);
}
