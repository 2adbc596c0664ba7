import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './pages/AppLayout.tsx';
import { LeadDetailPage } from './pages/LeadDetailPage.tsx';
import { LeadsPage } from './pages/LeadsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';

export const paths = {
  leads: '/leads',
  lead: (id: string) => `/leads/${encodeURIComponent(id)}`,
} as const;

export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to={paths.leads} replace /> },
      { path: 'leads', element: <LeadsPage /> },
      { path: 'leads/:id', element: <LeadDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
