import { quoteStatuses } from '../../../../shared/domain/quote.ts';
import { type CommandRunner, useCommand } from '../../../ui/useCommand.ts';
import { errorMessageNaming } from '../../leads/utils/errorMessage.ts';

const quoteErrorMessage = errorMessageNaming(quoteStatuses, 'quotes');

/** One way for every quote, catalog and contract command to report success and failure. */
export function useQuoteAction(): CommandRunner {
  return useCommand(quoteErrorMessage);
}
