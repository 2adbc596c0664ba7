import { AdminAccess } from '../modules/admin/components/AdminAccess.tsx';
import { AdminUsersConsole } from '../modules/admin/components/AdminUsersConsole.tsx';

/** The admin console's users, teams and devices (admins; managers for their team). */
export function AdminUsersPage() {
  return (
    <AdminAccess roles={['admin', 'manager']}>
      {(api) => <AdminUsersConsole api={api} />}
    </AdminAccess>
  );
}
