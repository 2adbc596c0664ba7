import { Navigate, type RouteObject } from 'react-router';
import { conflictsPath, signInPath, syncIssuesPath } from './modules/sync/utils/syncPaths.ts';
import { AccountDetailPage } from './pages/AccountDetailPage.tsx';
import { AccountsPage } from './pages/AccountsPage.tsx';
import { AdminUsersPage } from './pages/AdminUsersPage.tsx';
import { AnalyticsPage } from './pages/AnalyticsPage.tsx';
import { AppLayout } from './pages/AppLayout.tsx';
import { ApprovalsPage } from './pages/ApprovalsPage.tsx';
import { AuditLogPage } from './pages/AuditLogPage.tsx';
import { AutomationSettingsPage } from './pages/AutomationSettingsPage.tsx';
import { BoothPage } from './pages/BoothPage.tsx';
import { CatalogPage } from './pages/CatalogPage.tsx';
import { ConflictsPage } from './pages/ConflictsPage.tsx';
import { ContactDetailPage } from './pages/ContactDetailPage.tsx';
import { ContactsPage } from './pages/ContactsPage.tsx';
import { ContractsPage } from './pages/ContractsPage.tsx';
import { EventDetailPage } from './pages/EventDetailPage.tsx';
import { EventsPage } from './pages/EventsPage.tsx';
import { FollowUpPage } from './pages/FollowUpPage.tsx';
import { ForecastPage } from './pages/ForecastPage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { IntakeSettingsPage } from './pages/IntakeSettingsPage.tsx';
import { InventoryPage } from './pages/InventoryPage.tsx';
import { InvoiceDetailPage } from './pages/InvoiceDetailPage.tsx';
import { InvoiceDocumentPage } from './pages/InvoiceDocumentPage.tsx';
import { InvoiceReminderPage } from './pages/InvoiceReminderPage.tsx';
import { InvoicesPage } from './pages/InvoicesPage.tsx';
import { LeadDetailPage } from './pages/LeadDetailPage.tsx';
import { LeadsPage } from './pages/LeadsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OpportunityDetailPage } from './pages/OpportunityDetailPage.tsx';
import { OrderDetailPage } from './pages/OrderDetailPage.tsx';
import { OrdersPage } from './pages/OrdersPage.tsx';
import { PipelinePage } from './pages/PipelinePage.tsx';
import { PipelineSettingsPage } from './pages/PipelineSettingsPage.tsx';
import { QuoteDocumentPage } from './pages/QuoteDocumentPage.tsx';
import { QuotePage } from './pages/QuotePage.tsx';
import { QuotesPage } from './pages/QuotesPage.tsx';
import { ReceivablesPage } from './pages/ReceivablesPage.tsx';
import { ScoringRulesPage } from './pages/ScoringRulesPage.tsx';
import { ServiceLevelsPage } from './pages/ServiceLevelsPage.tsx';
import { SettingsEditorPage } from './pages/SettingsEditorPage.tsx';
import { SettingsHubPage } from './pages/SettingsHubPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SyncIssuesPage } from './pages/SyncIssuesPage.tsx';
import { TasksPage } from './pages/TasksPage.tsx';
import { TicketDetailPage } from './pages/TicketDetailPage.tsx';
import { TicketsPage } from './pages/TicketsPage.tsx';

export const paths = {
  leads: '/leads',
  lead: (id: string) => `/leads/${encodeURIComponent(id)}`,
  tasks: '/tasks',
  accounts: '/accounts',
  account: (id: string) => `/accounts/${encodeURIComponent(id)}`,
  contacts: '/contacts',
  contact: (id: string) => `/contacts/${encodeURIComponent(id)}`,
  pipeline: '/pipeline',
  opportunity: (id: string) => `/opportunities/${encodeURIComponent(id)}`,
  forecast: '/forecast',
  analytics: '/analytics',
  automationSettings: '/settings/automation',
  scoringRules: '/settings/scoring',
  intakeSettings: '/settings/intake',
  pipelineSettings: '/settings/pipeline',
  catalog: '/catalog',
  quotes: '/quotes',
  quote: (id: string) => `/quotes/${encodeURIComponent(id)}`,
  quoteDocument: (id: string) => `/quotes/${encodeURIComponent(id)}/document`,
  approvals: '/approvals',
  contracts: '/contracts',
  invoices: '/invoices',
  invoice: (id: string) => `/invoices/${encodeURIComponent(id)}`,
  invoiceReminder: (id: string) => `/invoices/${encodeURIComponent(id)}/reminder`,
  invoiceDocument: (id: string) => `/invoices/${encodeURIComponent(id)}/document`,
  receivables: '/receivables',
  orders: '/orders',
  order: (id: string) => `/orders/${encodeURIComponent(id)}`,
  inventory: '/inventory',
  tickets: '/tickets',
  ticket: (id: string) => `/tickets/${encodeURIComponent(id)}`,
  serviceLevels: '/settings/service',
  events: '/events',
  newEvent: '/events/new',
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  import: '/import',
  followUp: '/follow-up',
  eventFollowUp: (id: string) => `/events/${encodeURIComponent(id)}/follow-up`,
  booth: '/booth',
  signIn: signInPath,
  syncIssues: syncIssuesPath,
  conflicts: conflictsPath,
} as const;

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={paths.leads} replace /> },
      { path: 'leads', element: <LeadsPage /> },
      { path: 'leads/:id', element: <LeadDetailPage /> },
      { path: 'tasks', element: <TasksPage /> },
      { path: 'accounts', element: <AccountsPage /> },
      { path: 'accounts/:id', element: <AccountDetailPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/:id', element: <ContactDetailPage /> },
      { path: 'pipeline', element: <PipelinePage /> },
      { path: 'opportunities/:id', element: <OpportunityDetailPage /> },
      { path: 'forecast', element: <ForecastPage /> },
      { path: 'analytics', element: <AnalyticsPage /> },
      { path: 'settings/automation', element: <AutomationSettingsPage /> },
      { path: 'settings/scoring', element: <ScoringRulesPage /> },
      { path: 'settings/intake', element: <IntakeSettingsPage /> },
      { path: 'settings/pipeline', element: <PipelineSettingsPage /> },
      { path: 'settings', element: <SettingsHubPage /> },
      { path: 'settings/:editor', element: <SettingsEditorPage /> },
      { path: 'admin/users', element: <AdminUsersPage /> },
      { path: 'admin/audit', element: <AuditLogPage /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'quotes', element: <QuotesPage /> },
      { path: 'quotes/:id', element: <QuotePage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'contracts', element: <ContractsPage /> },
      { path: 'invoices', element: <InvoicesPage /> },
      { path: 'invoices/:id', element: <InvoiceDetailPage /> },
      { path: 'receivables', element: <ReceivablesPage /> },
      { path: 'orders', element: <OrdersPage /> },
      { path: 'orders/:id', element: <OrderDetailPage /> },
      { path: 'inventory', element: <InventoryPage /> },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'tickets/:id', element: <TicketDetailPage /> },
      { path: 'settings/service', element: <ServiceLevelsPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'events/new', element: <EventDetailPage /> },
      { path: 'events/:id', element: <EventDetailPage /> },
      { path: 'events/:id/follow-up', element: <FollowUpPage /> },
      { path: 'follow-up', element: <FollowUpPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: signInPath.slice(1), element: <SignInPage /> },
      { path: syncIssuesPath.slice(1), element: <SyncIssuesPage /> },
      { path: conflictsPath.slice(1), element: <ConflictsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The print view has no app frame: what is on screen is what goes on paper.
  { path: '/quotes/:id/document', element: <QuoteDocumentPage /> },
  { path: '/invoices/:id/reminder', element: <InvoiceReminderPage /> },
  { path: '/invoices/:id/document', element: <InvoiceDocumentPage /> },
  // Booth mode fills the screen: nothing between the rep and the next visitor.
  { path: '/booth', element: <BoothPage /> },
];
