import type { EventBulk, RxStorageChangeEvent } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { orderedCheckpoint } from './orderedCheckpointStorage.ts';

type Doc = { id: string };

function bulk(checkpoint: unknown, rows: Array<[id: string, lwt: number]>) {
  return {
    id: 'bulk',
    context: 'test',
    checkpoint,
    events: rows.map(([id, lwt]) => ({
      documentId: id,
      operation: 'UPDATE',
      documentData: { id, _deleted: false, _attachments: {}, _rev: '2-a', _meta: { lwt } },
      previousDocumentData: undefined,
    })),
  } as unknown as EventBulk<RxStorageChangeEvent<Doc>, unknown>;
}

describe('orderedCheckpoint', () => {
  it('names the highest id of the write when its last row is not the highest', () => {
    const out = orderedCheckpoint(
      bulk({ id: 'b', lwt: 10 }, [
        ['c', 10],
        ['a', 10],
        ['b', 10],
      ]),
    );
    expect(out.checkpoint).toEqual({ id: 'c', lwt: 10 });
  });

  it('keeps the checkpoint when the last row is already the highest, or rows have other lwts', () => {
    const inOrder = bulk({ id: 'c', lwt: 10 }, [
      ['a', 10],
      ['c', 10],
    ]);
    expect(orderedCheckpoint(inOrder)).toBe(inOrder);
    const older = bulk({ id: 'b', lwt: 10 }, [
      ['z', 9],
      ['b', 10],
    ]);
    expect(orderedCheckpoint(older)).toBe(older);
  });

  it('leaves checkpoints of other shapes alone', () => {
    const other = bulk({ seq: 3 }, [['a', 10]]);
    expect(orderedCheckpoint(other)).toBe(other);
  });
});
