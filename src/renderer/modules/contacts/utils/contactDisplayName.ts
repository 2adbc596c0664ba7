import type { TFunction } from 'i18next';
import type { Contact } from '../../../../shared/domain/contact.ts';
import { formatPersonName } from '../../../../shared/text/formatPersonName.ts';

/** A contact's name in their own order (王丽, Anna Berg), else a placeholder. */
export function contactDisplayName(
  contact: Pick<Contact, 'firstName' | 'lastName'>,
  t: TFunction,
): string {
  return formatPersonName(contact) || t('pipeline.contacts.unnamed');
}
