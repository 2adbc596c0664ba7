import { useMemo } from 'react';
import { priceNegotiators } from '../../../shared/quotes/negotiatedPrices.ts';
import { useCommandContext } from '../react/useCommandContext.ts';
import {
  createNegotiatedPriceCommands,
  type NegotiatedPriceCommands,
} from './negotiatedPriceCommands.ts';

/** Negotiated price commands and whether the current user may use them. */
export function useNegotiatedPriceCommands(): NegotiatedPriceCommands & { canEdit: boolean } {
  const context = useCommandContext();
  return useMemo(
    () => ({
      ...createNegotiatedPriceCommands(context),
      canEdit: priceNegotiators.includes(context.user.role),
    }),
    [context],
  );
}
