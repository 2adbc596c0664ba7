import type { Activity, GeneratedSubject } from '../../../shared/domain/activity.ts';
import type { FieldEvent } from '../../../shared/domain/event.ts';
import type { Lead } from '../../../shared/domain/lead.ts';
import type { LeadDraftInput } from '../../../shared/domain/leadDraft.ts';
import { createActivityCommands } from '../activities/activityCommands.ts';
import { createLeadCommands } from '../leads/leadCommands.ts';
import type { CommandContext } from '../records/recordStore.ts';

/** A booth visit as the timeline shows it: the subject and the rep's note and answers. */
export type BoothTouch = { subject: string; body: string; generatedSubject?: GeneratedSubject };

export type BoothCommands = {
  /** Saves a new lead captured at the booth (see boothLeadDraft) and logs the visit on it. */
  captureLead(draft: LeadDraftInput, touch: BoothTouch): Promise<Lead>;
  /** The same visitor came back (or was scanned twice): one more visit on the existing lead. */
  addTouch(leadId: string, touch: BoothTouch): Promise<Activity>;
};

/** Booth capture: a visit is a lead plus a meeting on its timeline, so a second visit is a second touch. */
export function createBoothCommands(context: CommandContext): BoothCommands {
  const leads = createLeadCommands(context);
  const activities = createActivityCommands(context);
  const logVisit = (leadId: string, touch: BoothTouch) =>
    activities.logActivity({
      type: 'meeting',
      subject: touch.subject.slice(0, 200),
      ...(touch.generatedSubject ? { generatedSubject: touch.generatedSubject } : {}),
      body: touch.body,
      related: { collection: 'leads', id: leadId },
      direction: 'inbound',
    });
  return {
    async captureLead(draft, touch) {
      const lead = await leads.createLead(draft);
      await logVisit(lead.id, touch);
      return lead;
    },
    addTouch: logVisit,
  };
}

/** The visit subject for an event, in the rep's words (`label` is the translated "Booth visit"). */
export function boothTouchSubject(label: string, event: Pick<FieldEvent, 'name'>): string {
  return `${label}: ${event.name}`;
}
