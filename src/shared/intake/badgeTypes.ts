import type { LeadDraftInput } from '../domain/leadDraft.ts';

export type BadgePayloadKind = 'vcard' | 'mecard' | 'url' | 'text';

/** What a scanned badge gave: the lead fields it offers and the payload exactly as read. */
export type BadgePayload = { kind: BadgePayloadKind; draft: LeadDraftInput; raw: string };

/** Joins non-empty note lines; notes are free text the rep can still edit. */
export function joinNoteLines(lines: readonly (string | undefined)[]): string {
  return lines
    .map((line) => line?.trim() ?? '')
    .filter((line) => line !== '')
    .join('\n');
}
