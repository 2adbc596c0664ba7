import { useMemo } from 'react';
import { createQuoteCommands, type QuoteCommands } from '../quotes/quoteCommands.ts';
import { useCommandContext } from './useCommandContext.ts';
import { type ApprovalCheckedQuote, useNeedsApproval } from './useNeedsApproval.ts';

export type QuoteCommandsWithApproval = QuoteCommands & {
  /** Whether the quote breaks an approval threshold in settings (then it must be approved to send). */
  needsApproval(quote: ApprovalCheckedQuote): boolean;
};

/** Build, approve, send, revise, accept and reject quotes; numbers come from this device's series. */
export function useQuoteCommands(): QuoteCommandsWithApproval {
  const context = useCommandContext();
  const needsApproval = useNeedsApproval();
  const commands = useMemo(() => createQuoteCommands(context), [context]);
  return useMemo(() => ({ ...commands, needsApproval }), [commands, needsApproval]);
}
