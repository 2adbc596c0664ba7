import type { BadgePayload } from './badgeTypes.ts';
import { mecardToDraft } from './mecardToDraft.ts';
import { isRegistrationUrl, registrationUrlToDraft } from './registrationUrlToDraft.ts';
import { vcardToDraft } from './vcardToDraft.ts';

export type { BadgePayload, BadgePayloadKind } from './badgeTypes.ts';

/**
 * Turns a scanned badge payload into lead fields: vCard 3.0/4.0, MECARD and registration URLs
 * are read field by field; anything else (or a card that fails to parse) is kept verbatim in the
 * notes, so a scan never loses what the badge said.
 */
export function parseBadgePayload(text: string): BadgePayload {
  const trimmed = text.trim();
  if (/^BEGIN:VCARD/iu.test(trimmed)) {
    try {
      return { kind: 'vcard', draft: vcardToDraft(trimmed), raw: text };
    } catch {
      // A damaged card is still worth keeping: fall through to verbatim text.
    }
  }
  if (/^MECARD:/iu.test(trimmed))
    return { kind: 'mecard', draft: mecardToDraft(trimmed), raw: text };
  if (isRegistrationUrl(trimmed)) {
    return { kind: 'url', draft: registrationUrlToDraft(trimmed), raw: text };
  }
  return { kind: 'text', draft: { notes: text }, raw: text };
}
