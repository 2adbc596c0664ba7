import type { Contact } from '../../../../shared/domain/contact.ts';
import { emailSchema, isPlausiblePhone } from '../../../../shared/domain/leadDraft.ts';

/** What the contact dialog edits, as its inputs hold it. */
export type ContactFormValues = {
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phone: string;
  mobile: string;
  isPrimary: boolean;
  notes: string;
};

export type ContactFormField = Exclude<keyof ContactFormValues, 'isPrimary'>;
export type ContactFormError = 'nameRequired' | 'invalidEmail' | 'invalidPhone';

/** The dialog's values for a contact (blank for a new one). */
export function contactFormValues(contact?: Contact): ContactFormValues {
  return {
    firstName: contact?.firstName ?? '',
    lastName: contact?.lastName ?? '',
    title: contact?.title ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    mobile: contact?.mobile ?? '',
    isPrimary: contact?.isPrimary ?? false,
    notes: contact?.notes ?? '',
  };
}

/**
 * What is wrong with the values, by field: a name is needed, and an e-mail address and phone
 * numbers must be real ones (numbers without + are read in the account's country).
 */
export function contactFormErrors(
  values: ContactFormValues,
  accountCountry: string | undefined,
): Partial<Record<ContactFormField, ContactFormError>> {
  const errors: Partial<Record<ContactFormField, ContactFormError>> = {};
  if (!values.firstName.trim() && !values.lastName.trim()) errors.lastName = 'nameRequired';
  const email = values.email.trim();
  if (email && !emailSchema.safeParse(email).success) errors.email = 'invalidEmail';
  for (const field of ['phone', 'mobile'] as const) {
    const number = values[field].trim();
    if (number && !isPlausiblePhone(number, accountCountry)) errors[field] = 'invalidPhone';
  }
  return errors;
}

/** The contact fields the values set (a cleared mobile clears it). */
export function contactFromForm(values: ContactFormValues) {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    title: values.title.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    mobile: values.mobile.trim() || undefined,
    isPrimary: values.isPrimary,
    notes: values.notes.trim(),
  };
}
