// The data layer's public face: the only way the UI reaches the database.

export { LeadValidationError } from './leads/LeadValidationError.ts';
export type { LeadCommands } from './leads/leadCommands.ts';
export type {
  LeadListQuery,
  LeadListResult,
  LeadSortField,
  SortDirection,
} from './leads/leadListQuery.ts';
export {
  type FieldbookData,
  type OpenFieldbookDataOptions,
  openFieldbookData,
} from './openFieldbookData.ts';
export { DataProvider, type DataProviderProps } from './react/DataProvider.tsx';
export type { CurrentUser } from './react/localProfile.ts';
export { useCurrentUser } from './react/useCurrentUser.ts';
export { type EventOption, useEventOptions } from './react/useEventOptions.ts';
export { useLead } from './react/useLead.ts';
export { useLeadCommands } from './react/useLeadCommands.ts';
export { useLeadList } from './react/useLeadList.ts';
