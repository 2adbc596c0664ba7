import { invoiceStatuses } from '../../../../shared/domain/invoice.ts';
import { type CommandRunner, useCommand } from '../../../ui/useCommand.ts';
import { errorMessageNaming } from '../../leads/utils/errorMessage.ts';

const invoiceErrorMessage = errorMessageNaming(invoiceStatuses, 'invoices');

/** Runs an invoice command: shows success, or the translated reason it was refused. */
export function useInvoiceAction(): CommandRunner {
  return useCommand(invoiceErrorMessage);
}
