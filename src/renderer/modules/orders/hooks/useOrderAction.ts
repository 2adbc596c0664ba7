import { orderStatuses } from '../../../../shared/domain/order.ts';
import { type CommandRunner, useCommand } from '../../../ui/useCommand.ts';
import { errorMessageNaming } from '../../leads/utils/errorMessage.ts';

const orderErrorMessage = errorMessageNaming(orderStatuses, 'orders');

/** One way for every order and inventory command to report success and failure. */
export function useOrderAction(): CommandRunner {
  return useCommand(orderErrorMessage);
}
