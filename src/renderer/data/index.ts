// The data layer's public face: the only way the UI reaches the database.

export type { AccountCommands, AccountInput } from './accounts/accountCommands.ts';
// Qualification and pipeline: activities, scoring, duplicates, conversion, accounts, contacts,
// opportunities and the forecast.
export type { ActivityCommands, LogActivityInput } from './activities/activityCommands.ts';
export type { ContactCommands, ContactInput } from './contacts/contactCommands.ts';
// Events and booth capture.
export {
  type BoothCommands,
  type BoothTouch,
  boothTouchSubject,
} from './events/boothCommands.ts';
export { canEditEvents, type EventCommands, type EventInput } from './events/eventCommands.ts';
export { type BoothCounts, useBoothCounts } from './events/useBoothCounts.ts';
export {
  useActiveEventId,
  useBoothCommands,
  useEvent,
  useEventCommands,
  useEvents,
} from './events/useEvents.ts';
export type { InventoryCommands, StockMovementInput } from './inventory/inventoryCommands.ts';
// Orders, fulfillment and inventory.
export {
  type InventorySnapshot,
  levelOf,
  orderBackorderWarnings,
} from './inventory/inventorySnapshot.ts';
// Invoices, payments and collections.
export type { DunningTaskSubject } from './invoices/dunningTask.ts';
export type {
  InvoiceCommands,
  InvoiceIssueParams,
  MilestoneParams,
  RecordPaymentParams,
} from './invoices/invoiceCommands.ts';
export {
  agingTotals,
  type InvoiceFilter,
  type InvoiceRow,
  type ReceivableRow,
} from './invoices/invoiceViews.ts';
export { useCreditHold } from './invoices/useCreditHold.ts';
export { type InvoiceDocumentModel, useInvoiceDocument } from './invoices/useInvoiceDocument.ts';
export {
  type InvoiceQuery,
  type NamedReceivableRow,
  useAccountCredit,
  useInvoice,
  useInvoiceCommands,
  useInvoices,
  useInvoiceToday,
  useOrderNumber,
  useReceivables,
} from './invoices/useInvoices.ts';
export { type ReminderLetterModel, useReminderLetter } from './invoices/useReminderLetter.ts';
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
  LocalDataLockedError,
  type OpenFieldbookDataOptions,
  openFieldbookData,
} from './openFieldbookData.ts';
export type {
  OpportunityCommands,
  OpportunityInput,
  OpportunityPatch,
} from './opportunities/opportunityCommands.ts';
export type { OpportunityQuery } from './opportunities/opportunityQueries.ts';
export type {
  DirectOrderInput,
  OrderCommands,
  ShipmentInput,
} from './orders/orderCommands.ts';
export type { OrderQuery } from './orders/orderQueries.ts';
export { useToday } from './orders/useToday.ts';
export type { ProductImportIssue } from './products/planProductCsvImport.ts';
// Catalog, quotes and contracts.
export type {
  ProductCommands,
  ProductImportResult,
  ProductInput,
  ProductPatch,
} from './products/productCommands.ts';
export type { ProductQuery } from './products/productQueries.ts';
export type { DuplicateMatch } from './qualification/LeadDuplicateIndex.ts';
export type { QualificationCommands } from './qualification/qualificationCommands.ts';
export type { DeviceSeriesInfo } from './quotes/deviceNumbering.ts';
export type { NegotiatedPriceCommands } from './quotes/negotiatedPriceCommands.ts';
export type {
  AcceptParams,
  CreateQuoteParams,
  LinePatch,
  QuoteCommands,
} from './quotes/quoteCommands.ts';
export type {
  CompanyProfile,
  QuoteDocumentLine,
  QuoteDocumentModel,
} from './quotes/quoteDocumentModel.ts';
export type { QuoteQuery } from './quotes/quoteQueries.ts';
export type { RenewalSubject } from './quotes/renewalTask.ts';
export { useNegotiatedPriceCommands } from './quotes/useNegotiatedPriceCommands.ts';
export { usePriceableProducts } from './quotes/usePriceableProducts.ts';
export { type QuoteTermsSettings, useQuoteTermsSettings } from './quotes/useQuoteTermsSettings.ts';
export { DataProvider, type DataProviderProps } from './react/DataProvider.tsx';
export type { CurrentUser } from './react/localProfile.ts';
export { useAccountCommands } from './react/useAccountCommands.ts';
export { useAccountNames } from './react/useAccountNames.ts';
export { useAccount, useAccountList } from './react/useAccounts.ts';
export { useActivities } from './react/useActivities.ts';
export { useActivityCommands } from './react/useActivityCommands.ts';
export { useConsentText } from './react/useConsentText.ts';
export { useContactCommands } from './react/useContactCommands.ts';
export { useContact, useContactList } from './react/useContacts.ts';
export { currencyChoicesWith, useCurrencyChoices } from './react/useCurrencyChoices.ts';
export { useCurrentUser } from './react/useCurrentUser.ts';
export { useDeviceSeries } from './react/useDeviceSeries.ts';
export { useDueReminders } from './react/useDueReminders.ts';
export { useDuplicateCheck } from './react/useDuplicateCheck.ts';
export { type EventOption, useEventOptions } from './react/useEventOptions.ts';
export {
  type CurrencyForecast,
  type ForecastGroup,
  useForecast,
  type WeightedPipelineResult,
} from './react/useForecast.ts';
export { useIntakeSettings } from './react/useIntakeSettings.ts';
export { useInventory } from './react/useInventory.ts';
export { useInventoryCommands } from './react/useInventoryCommands.ts';
export { useLead } from './react/useLead.ts';
export { useLeadCommands } from './react/useLeadCommands.ts';
export { useLeadCountsByEvent } from './react/useLeadCountsByEvent.ts';
export { useLeadList } from './react/useLeadList.ts';
export { type LeadScoreView, useLeadScore } from './react/useLeadScore.ts';
export { useLeadScores } from './react/useLeadScores.ts';
export { type LearnedScoreView, useLearnedScore } from './react/useLearnedScore.ts';
export { useMyTasks } from './react/useMyTasks.ts';
export { type ApprovalCheckedQuote, useNeedsApproval } from './react/useNeedsApproval.ts';
export { useNextNumberPreview } from './react/useNextNumberPreview.ts';
export {
  useOpportunities,
  useOpportunity,
  useOpportunityWarmUp,
} from './react/useOpportunities.ts';
export { useOpportunityCommands } from './react/useOpportunityCommands.ts';
export { useOpportunityStages } from './react/useOpportunityStages.ts';
export { useOrderCommands } from './react/useOrderCommands.ts';
export { useOrder, useOrders } from './react/useOrders.ts';
export { useProductCommands } from './react/useProductCommands.ts';
export { useProduct, useProducts } from './react/useProducts.ts';
export { useQualificationCommands } from './react/useQualificationCommands.ts';
export { type QuoteCommandsWithApproval, useQuoteCommands } from './react/useQuoteCommands.ts';
export { useQuoteDocument } from './react/useQuoteDocument.ts';
export {
  type ContractRow,
  useContracts,
  usePendingApprovals,
  useQuote,
  useQuotes,
} from './react/useQuotes.ts';
export { useSalesTargets } from './react/useSalesTargets.ts';
export { useScoringRules } from './react/useScoringRules.ts';
export { type TeamMember, useTeamMembers } from './react/useTeamMembers.ts';
export { type TeamOption, useTeams } from './react/useTeams.ts';
export { type RecordIssue, RecordValidationError } from './records/RecordValidationError.ts';
export { useCompanyProfile } from './settings/companyProfile.ts';
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
// After-sales service tickets and their SLA targets.
export type { ServiceLevelsValue } from './tickets/serviceLevelsCommands.ts';
export type {
  TicketCommands,
  TicketInput,
  TicketStatusChange,
} from './tickets/ticketCommands.ts';
export { isOpenTicket, type TicketFilter } from './tickets/ticketQueries.ts';
export { useClockNow } from './tickets/useClockNow.ts';
export { useServiceLevels } from './tickets/useServiceLevels.ts';
export {
  type TicketOrderRef,
  useTicketOrder,
  useTicketOrderOptions,
} from './tickets/useTicketLinks.ts';
export { useTicket, useTicketCommands, useTicketList } from './tickets/useTickets.ts';
