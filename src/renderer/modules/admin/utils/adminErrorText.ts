import type { TFunction } from 'i18next';
import { AdminApiError } from '../../../data/admin/adminApi.ts';

/** A translated sentence for a failed admin or audit request. */
export function adminErrorText(error: unknown, t: TFunction): string {
  if (error instanceof AdminApiError) {
    if (error.status === 0) return t('admin.errors.unreachable');
    if (error.status === 403) return t('admin.errors.forbidden');
    if (error.status === 404) return t('admin.errors.notFound');
    if (error.code === 'email_taken') return t('admin.errors.emailTaken');
    if (error.status === 401) return t('admin.errors.unauthorized');
  }
  return t('admin.errors.unknown');
}
