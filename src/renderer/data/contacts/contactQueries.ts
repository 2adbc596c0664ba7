import type { Contact } from '../../../shared/domain/contact.ts';
import { foldText } from '../../../shared/qualification/foldText.ts';

/** Whether a contact matches every word of a search (name, title, email, phone). */
export function contactMatches(contact: Contact, search: string): boolean {
  const words = foldText(search).split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const text = foldText(
    [
      contact.firstName,
      contact.lastName,
      `${contact.lastName}${contact.firstName}`,
      contact.title,
      contact.email,
      contact.phone,
      contact.mobile,
    ]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((word) => text.includes(word));
}
