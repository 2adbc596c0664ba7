import { z } from 'zod';
import type { CsvMapping } from '../../../shared/intake/recordCsvPresets.ts';
import { type ImportEntity, importEntities } from './importTypes.ts';

/** A column mapping a user saved on this device, for files that come back in the same shape. */
export type SavedImportMapping = {
  name: string;
  entity: ImportEntity;
  columns: Record<string, string>;
};

const storageKey = 'fieldbook.importMappings';

const savedSchema = z
  .array(
    z.object({
      name: z.string().trim().min(1).max(100),
      entity: z.enum(importEntities),
      columns: z.record(z.string().max(200), z.string().max(50)),
    }),
  )
  .max(200);

// Saved mappings stay on the device (localStorage): they describe files, not business records,
// so they are not replicated and use none of RxDB's collection slots.
function readAll(storage: Storage): SavedImportMapping[] {
  try {
    const parsed = savedSchema.safeParse(JSON.parse(storage.getItem(storageKey) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The saved mappings for one entity, by name. */
export function loadSavedMappings(
  entity: ImportEntity,
  storage: Storage = localStorage,
): SavedImportMapping[] {
  return readAll(storage)
    .filter((saved) => saved.entity === entity)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Saves (or replaces, by entity and name) a mapping; returns the entity's saved mappings. */
export function saveMapping(
  saved: { name: string; entity: ImportEntity; mapping: CsvMapping },
  storage: Storage = localStorage,
): SavedImportMapping[] {
  const entry = savedSchema.element.parse({
    name: saved.name,
    entity: saved.entity,
    columns: { ...saved.mapping.columns },
  });
  const others = readAll(storage).filter(
    (item) => !(item.entity === entry.entity && item.name === entry.name),
  );
  storage.setItem(storageKey, JSON.stringify([...others, entry]));
  return loadSavedMappings(saved.entity, storage);
}

/** Deletes a saved mapping; returns the entity's saved mappings. */
export function deleteSavedMapping(
  entity: ImportEntity,
  name: string,
  storage: Storage = localStorage,
): SavedImportMapping[] {
  const rest = readAll(storage).filter((item) => !(item.entity === entity && item.name === name));
  storage.setItem(storageKey, JSON.stringify(rest));
  return loadSavedMappings(entity, storage);
}
