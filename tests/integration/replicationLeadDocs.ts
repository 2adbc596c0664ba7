import { toLeadDoc } from '../../src/renderer/data/leads/leadDocument.ts';
import { exampleRecords } from '../../src/shared/domain/exampleRecords.ts';
import { type Lead, leadSchema } from '../../src/shared/domain/lead.ts';
import { newId } from '../../src/shared/ids/newId.ts';

/**
 * `count` valid stored lead documents of `ownerId`, made at `at` with ids in creation order
 * (UUIDv7 one millisecond apart); `fields(i)` gives what sets lead i apart (name, email...).
 */
export function leadDocs(params: {
  ownerId: string;
  count: number;
  at: Date;
  fields: (i: number) => Partial<Lead>;
}) {
  const at = params.at.toISOString();
  const { eventId: _event, ...template } = exampleRecords.leads;
  return Array.from({ length: params.count }, (_, i) =>
    toLeadDoc(
      leadSchema.parse({
        ...template,
        id: newId(Date.parse(at) + i),
        ownerId: params.ownerId,
        createdAt: at,
        updatedAt: at,
        ...params.fields(i),
      }),
    ),
  );
}
