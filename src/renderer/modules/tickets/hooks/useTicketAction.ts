import { type CommandRunner, useCommand } from '../../../ui/useCommand.ts';
import { ticketErrorMessage } from '../utils/ticketErrorMessage.ts';

/** One way for every ticket command to report success and failure. */
export function useTicketAction(): CommandRunner {
  return useCommand(ticketErrorMessage);
}
