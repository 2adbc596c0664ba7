import type { FieldEvent } from '../domain/event.ts';
import { date, dayMs, stamp } from './salesYearFulfilment.ts';
import { eventCalendar } from './salesYearVocabulary.ts';
import type { SeededRandom } from './seededRandom.ts';

/**
 * The year's shows: one in each calendar month after the year's first (its show, see
 * eventCalendar), opening between the 3rd and the 20th; one that would not have ended yet is
 * left out. Draws from `random` in the order the year has always drawn them.
 */
export function yearEvents({
  random,
  id,
  startMs,
  endMs,
  ownerId,
  teamId,
}: {
  random: SeededRandom;
  id: (ms: number) => string;
  startMs: number;
  endMs: number;
  /** Creates the events (the manager). */
  ownerId: string;
  teamId?: string;
}): FieldEvent[] {
  const events: FieldEvent[] = [];
  const firstMonth = new Date(startMs);
  for (let month = 1; month <= 12; month += 1) {
    const day = random.int(3, 20);
    random.next(); // once a city; drawn so the rest of the year stays as it was
    const ms = Date.UTC(firstMonth.getUTCFullYear(), firstMonth.getUTCMonth() + month, day, 1);
    if (ms + 4 * dayMs > endMs) continue;
    const show = eventCalendar[new Date(ms).getUTCMonth()] ?? {
      name: '客户答谢会',
      city: '上海',
      kind: 'conference' as const,
    };
    events.push({
      id: id(ms),
      ...stamp(ms - 30 * dayMs, ownerId),
      name: `${show.name} ${date(ms).slice(0, 4)}`,
      kind: show.kind,
      city: show.city,
      country: 'CN',
      startsOn: date(ms),
      endsOn: date(ms + 3 * dayMs),
      cost: { amount: random.int(5, 30) * 1_000_000, currency: 'CNY' },
      ...(teamId ? { teamId } : {}),
      qualificationQuestions: [],
      notes: '',
    });
  }
  return events;
}
