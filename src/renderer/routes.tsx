import { Navigate, type RouteObject } from 'react-router';
import { conflictsPath, signInPath, syncIssuesPath } from './modules/sync/utils/syncPaths.ts';
import { AccountDetailPage } from './pages/AccountDetailPage.tsx';
import { AccountsPage } from './pages/AccountsPage.tsx';
import { AppLayout } from './pages/AppLayout.tsx';
import { ApprovalsPage } from './pages/ApprovalsPage.tsx';
import { CatalogPage } from './pages/CatalogPage.tsx';
import { ConflictsPage } from './pages/ConflictsPage.tsx';
import { ContactDetailPage } from './pages/ContactDetailPage.tsx';
import { ContactsPage } from './pages/ContactsPage.tsx';
import { ContractsPage } from './pages/ContractsPage.tsx';
import { ForecastPage } from './pages/ForecastPage.tsx';
import { LeadDetailPage } from './pages/LeadDetailPage.tsx';
import { LeadsPage } from './pages/LeadsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OpportunityDetailPage } from './pages/OpportunityDetailPage.tsx';
import { PipelinePage } from './pages/PipelinePage.tsx';
import { PipelineSettingsPage } from './pages/PipelineSettingsPage.tsx';
import { QuoteDocumentPage } from './pages/QuoteDocumentPage.tsx';
import { QuotePage } from './pages/QuotePage.tsx';
import { QuotesPage } from './pages/QuotesPage.tsx';
import { ScoringRulesPage } from './pages/ScoringRulesPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SyncIssuesPage } from './pages/SyncIssuesPage.tsx';
import { TasksPage } from './pages/TasksPage.tsx';

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
  scoringRules: '/settings/scoring',
  pipelineSettings: '/settings/pipeline',
  catalog: '/catalog',
  quotes: '/quotes',
  quote: (id: string) => `/quotes/${encodeURIComponent(id)}`,
  quoteDocument: (id: string) => `/quotes/${encodeURIComponent(id)}/document`,
  approvals: '/approvals',
  contracts: '/contracts',
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
      { path: 'settings/scoring', element: <ScoringRulesPage /> },
      { path: 'settings/pipeline', element: <PipelineSettingsPage /> },
      { path: 'catalog', element: <CatalogPage /> },
      { path: 'quotes', element: <QuotesPage /> },
      { path: 'quotes/:id', element: <QuotePage /> },
      { path: 'approvals', element: <ApprovalsPage /> },
      { path: 'contracts', element: <ContractsPage /> },
      { path: signInPath.slice(1), element: <SignInPage /> },
      { path: syncIssuesPath.slice(1), element: <SyncIssuesPage /> },
      { path: conflictsPath.slice(1), element: <ConflictsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The print view has no app frame: what is on screen is what goes on paper.
  { path: '/quotes/:id/document', element: <QuoteDocumentPage /> },
];
