import type { LeadDraftInput } from '../domain/leadDraft.ts';
import { splitFullName } from './splitFullName.ts';

type DraftTextField =
  | 'firstName'
  | 'lastName'
  | 'company'
  | 'title'
  | 'email'
  | 'phone'
  | 'country';

// Query parameter names badge vendors use, compared lower-case without `-`/`_`.
const queryFields: Record<string, DraftTextField | 'fullName'> = {
  name: 'fullName',
  fullname: 'fullName',
  firstname: 'firstName',
  first: 'firstName',
  givenname: 'firstName',
  fn: 'firstName',
  lastname: 'lastName',
  last: 'lastName',
  familyname: 'lastName',
  surname: 'lastName',
  ln: 'lastName',
  email: 'email',
  mail: 'email',
  phone: 'phone',
  tel: 'phone',
  mobile: 'phone',
  company: 'company',
  org: 'company',
  organization: 'company',
  organisation: 'company',
  title: 'title',
  jobtitle: 'title',
  position: 'title',
  country: 'country',
};

/** Whether a payload is a single http(s) URL, as registration badges print. */
export function isRegistrationUrl(payload: string): boolean {
  const trimmed = payload.trim();
  if (!/^https?:\/\/\S+$/iu.test(trimmed)) return false;
  return URL.canParse(trimmed);
}

/**
 * Lead fields from a registration URL: the URL itself is kept in the notes (the badge's only
 * link to the organiser's record) and any name/email/company query parameters are taken.
 */
export function registrationUrlToDraft(payload: string): LeadDraftInput {
  const url = new URL(payload.trim());
  const draft: LeadDraftInput = { notes: payload.trim() };
  for (const [key, value] of url.searchParams) {
    const field = queryFields[key.toLowerCase().replace(/[-_]/gu, '')];
    const trimmed = value.trim();
    if (!field || trimmed === '') continue;
    if (field === 'fullName') {
      if (!draft.firstName && !draft.lastName) Object.assign(draft, splitFullName(trimmed));
    } else if (!draft[field]) {
      draft[field] = trimmed;
    }
  }
  return draft;
}
