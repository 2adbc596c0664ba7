import type { FieldCipher } from './fieldCipher.ts';

/** A record as kept on disk: the listed fields sealed into one ciphertext, the rest as they are. */
export type SealedRow<T, K extends keyof T> = Omit<T, K> & { sealed: string };

export type RowSealer<T, K extends keyof T> = {
  seal(entry: T): Promise<SealedRow<T, K>>;
  /** Throws when the ciphertext does not open under this key: never a silent wrong value. */
  open(row: SealedRow<T, K>): Promise<T>;
  /** Whether a stored row is sealed; older versions kept the same records in plain text. */
  isSealed(row: T | SealedRow<T, K>): row is SealedRow<T, K>;
};

/**
 * Seals chosen fields of plain records (kept in a Dexie table, not RxDB) with the same
 * `FieldCipher` and key as the RxDB storage: one ciphertext per record, like the RxDB wrapper,
 * while the fields a table indexes or sorts by stay readable.
 */
export function rowSealer<T extends Record<string, unknown>, K extends keyof T & string>(
  cipher: FieldCipher,
  sealedKeys: readonly K[],
): RowSealer<T, K> {
  return {
    async seal(entry) {
      const rest: Record<string, unknown> = { ...entry };
      const secret: Record<string, unknown> = {};
      for (const key of sealedKeys) {
        // JSON drops `undefined`; a missing key reads back as undefined all the same.
        if (rest[key] !== undefined) secret[key] = rest[key];
        delete rest[key];
      }
      rest.sealed = await cipher.encrypt(secret);
      return rest as SealedRow<T, K>;
    },
    async open(row) {
      const secret = await cipher.decrypt(row.sealed);
      if (typeof secret !== 'object' || secret === null) {
        throw new Error('A sealed record holds no fields');
      }
      const entry: Record<string, unknown> = { ...row, ...secret };
      delete entry.sealed;
      return entry as T;
    },
    isSealed: (row): row is SealedRow<T, K> =>
      typeof (row as { sealed?: unknown }).sealed === 'string',
  };
}
