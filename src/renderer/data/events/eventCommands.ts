import type { BaseRecord } from '../../../shared/domain/baseRecord.ts';
import { DomainError } from '../../../shared/domain/DomainError.ts';
import { eventSchema, type FieldEvent } from '../../../shared/domain/event.ts';
import type { Role } from '../../../shared/domain/roles.ts';
import { newId } from '../../../shared/ids/newId.ts';
import { parseRecord, RecordValidationError } from '../records/RecordValidationError.ts';
import {
  type CommandContext,
  collectionOf,
  deleteDocument,
  findDocument,
  plainRecord,
  replaceDocument,
  withoutUndefined,
} from '../records/recordStore.ts';

/** What a manager edits on an event. */
export type EventInput = Omit<FieldEvent, keyof BaseRecord>;

export type EventCommands = {
  createEvent(input: EventInput): Promise<FieldEvent>;
  updateEvent(id: string, patch: Partial<EventInput>): Promise<FieldEvent>;
  deleteEvent(id: string): Promise<void>;
};

const eventEditors: readonly Role[] = ['manager', 'admin'];

/** Whether a role may create and edit events (reps only capture at them). */
export function canEditEvents(role: Role): boolean {
  return eventEditors.includes(role);
}

function assertEventEditor(role: Role): void {
  if (!canEditEvents(role)) {
    throw new DomainError('roleNotAllowed', {
      workflow: 'events',
      role,
      allowedRoles: eventEditors.join(','),
    });
  }
}

// Rules the schema alone cannot state: dates in order, choices that offer a choice.
function assertEventRules(event: FieldEvent): void {
  if (event.endsOn < event.startsOn) {
    throw new DomainError('invalidDateRange', { from: event.startsOn, to: event.endsOn });
  }
  const issues = event.qualificationQuestions.flatMap((question, index) =>
    (question.type === 'single' || question.type === 'multiple') && question.options.length < 2
      ? [{ field: `qualificationQuestions.${index}.options`, code: 'too_small' }]
      : [],
  );
  if (issues.length > 0) throw new RecordValidationError('event', issues);
}

/** Event commands (managers and admins): validate, stamp and write to the synced events collection. */
export function createEventCommands({ data, clock, user }: CommandContext): EventCommands {
  const events = () => collectionOf(data, 'events');
  return {
    async createEvent(input) {
      assertEventEditor(user.role);
      const now = clock();
      const at = now.toISOString();
      const event = withoutUndefined(
        parseRecord<FieldEvent>('event', eventSchema, {
          ...input,
          name: input.name.trim(),
          id: newId(now.getTime()),
          ownerId: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      assertEventRules(event);
      await events().insert(event);
      return event;
    },

    async updateEvent(id, patch) {
      assertEventEditor(user.role);
      const doc = await findDocument(data, 'events', id);
      const current = plainRecord<FieldEvent>(doc._data);
      const next = withoutUndefined(
        parseRecord<FieldEvent>('event', eventSchema, {
          ...current,
          ...patch,
          id,
          ownerId: current.ownerId,
          createdAt: current.createdAt,
          updatedAt: clock().toISOString(),
        }),
      );
      assertEventRules(next);
      return replaceDocument(doc, next);
    },

    async deleteEvent(id) {
      assertEventEditor(user.role);
      const doc = await findDocument(data, 'events', id);
      await deleteDocument(doc, clock().toISOString());
    },
  };
}
