import { Navigate, type RouteObject } from 'react-router';
import { conflictsPath, signInPath, syncIssuesPath } from './modules/sync/utils/syncPaths.ts';
import { AppLayout } from './pages/AppLayout.tsx';
import { ConflictsPage } from './pages/ConflictsPage.tsx';
import { LeadDetailPage } from './pages/LeadDetailPage.tsx';
import { LeadsPage } from './pages/LeadsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SyncIssuesPage } from './pages/SyncIssuesPage.tsx';

export const paths = {
  leads: '/leads',
  lead: (id: string) => `/leads/${encodeURIComponent(id)}`,
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
      { path: signInPath.slice(1), element: <SignInPage /> },
      { path: syncIssuesPath.slice(1), element: <SyncIssuesPage /> },
      { path: conflictsPath.slice(1), element: <ConflictsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
