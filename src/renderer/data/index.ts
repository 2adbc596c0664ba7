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
export { type Connectivity, manualConnectivity } from './sync/connectivity.ts';
export { reapplyConflict } from './sync/reapplyConflict.ts';
export {
  hasUnsyncedChanges,
  resumeSession,
  resyncFromScratch,
  SignInError,
  type SignInErrorCode,
  type SignInInput,
  signIn,
  signOut,
} from './sync/session.ts';
export { type StartSyncOptions, type SyncHandle, startSync } from './sync/startSync.ts';
export {
  type SessionApi,
  useConflicts,
  useSession,
  useSyncIssues,
  useSyncStatus,
} from './sync/syncHooks.ts';
export type { SyncFailure } from './sync/syncHttp.ts';
export type { ConflictEntry, SyncIssue } from './sync/syncLocalStore.ts';
export type { SyncState, SyncStatus, SyncStatusSnapshot } from './sync/syncStatus.ts';
export type {
  SessionInfoStore,
  SessionUser,
  StoredSession,
  TokenStore,
} from './sync/tokenStore.ts';
