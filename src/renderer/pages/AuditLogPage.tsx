import { AdminAccess } from '../modules/admin/components/AdminAccess.tsx';
import { AuditLogConsole } from '../modules/admin/components/AuditLogConsole.tsx';

/** The audit log: search, page through and export who changed what (admins only). */
export function AuditLogPage() {
  return <AdminAccess roles={['admin']}>{(api) => <AuditLogConsole api={api} />}</AdminAccess>;
}
