import type { RelatedRecord } from '../../../../shared/domain/activity.ts';
import { paths } from '../../../routes.tsx';

/** The page of the record an activity belongs to. */
export function relatedPath(related: RelatedRecord): string {
  switch (related.collection) {
    case 'leads':
      return paths.lead(related.id);
    case 'accounts':
      return paths.account(related.id);
    case 'contacts':
      return paths.contact(related.id);
    case 'opportunities':
      return paths.opportunity(related.id);
    case 'tickets':
      return paths.ticket(related.id);
  }
}
