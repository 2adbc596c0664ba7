import type { RxJsonSchema } from 'rxdb';
import { type ZodObject, z } from 'zod';

type JsonSchemaNode = { [key: string]: unknown };

export type RxSchemaOptions = {
  /** RxDB schema version; bump it (and add a migration strategy) whenever the schema changes. */
  version: number;
  /** Indexes in RxDB's form: a field name or a compound list of field names. */
  indexes: ReadonlyArray<string | readonly string[]>;
  /** Properties the data layer stores beside the domain fields (e.g. sort keys); always required. */
  derivedProperties?: Record<string, JsonSchemaNode>;
  /** Domain fields that must always be present in storage (e.g. because an index needs them). */
  extraRequired?: readonly string[];
  /**
   * Personal fields stored encrypted on the device (see data/crypto). They can be neither indexed
   * nor matched by a query selector: the storage only sees ciphertext.
   */
  encrypted?: readonly string[];
};

// Keywords zod emits that RxDB's strict Ajv rejects or that have no meaning in storage:
// defaults are applied by the domain code before a write, never by the database.
const droppedKeywords = new Set(['$schema', '$id', 'default', 'examples', 'id']);

function isNode(value: unknown): value is JsonSchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clean(node: unknown, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((item) => clean(item));
  if (!isNode(node)) return node;
  const out: JsonSchemaNode = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isPropertyMap && droppedKeywords.has(key)) continue;
    // `properties` maps field names (which may well be "default" or "id") to schemas.
    out[key] = clean(value, !isPropertyMap && (key === 'properties' || key === '$defs'));
  }
  return out;
}

// RxDB builds fixed-width index strings, so indexed fields must declare their bounds.
// A dotted field (`related.id`) is a property of an embedded object, rebuilt on the way down so
// the zod output is never mutated.
function makeIndexable(properties: JsonSchemaNode, field: string, collection: string): void {
  const [head, ...rest] = field.split('.');
  if (rest.length > 0 && head !== undefined) {
    const parent = properties[head];
    if (!isNode(parent) || !isNode(parent.properties)) {
      throw new Error(`${collection}: index field "${field}" is not a property`);
    }
    const children: JsonSchemaNode = { ...parent.properties };
    makeIndexable(children, rest.join('.'), collection);
    properties[head] = { ...parent, properties: children };
    return;
  }
  const property = properties[field];
  if (!isNode(property)) throw new Error(`${collection}: index field "${field}" is not a property`);
  const type = property.type;
  if (type === 'string' && typeof property.maxLength !== 'number') {
    if (!Array.isArray(property.enum)) {
      throw new Error(`${collection}: indexed string "${field}" needs maxLength`);
    }
    const longest = Math.max(...property.enum.map((value) => String(value).length));
    properties[field] = { ...property, maxLength: longest };
  }
  if (type === 'number' || type === 'integer') {
    for (const key of ['minimum', 'maximum', 'multipleOf']) {
      if (typeof property[key] !== 'number') {
        throw new Error(`${collection}: indexed number "${field}" needs ${key}`);
      }
    }
  }
}

/**
 * Turns a domain zod schema into an RxDB schema: same fields and checks, primary key `id`,
 * the given indexes, and nothing RxDB's strict validator would refuse.
 */
export function toRxJsonSchema<T>(
  collection: string,
  schema: ZodObject,
  options: RxSchemaOptions,
): RxJsonSchema<T> {
  const json = clean(
    z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' }),
  );
  if (!isNode(json) || !isNode(json.properties)) {
    throw new Error(`${collection}: zod schema is not an object`);
  }
  const properties: JsonSchemaNode = { ...json.properties, ...options.derivedProperties };
  const id = properties.id;
  if (!isNode(id) || id.type !== 'string') throw new Error(`${collection}: id must be a string`);
  properties.id = { ...id, maxLength: typeof id.maxLength === 'number' ? id.maxLength : 36 };

  const required = new Set<string>(Array.isArray(json.required) ? json.required : []);
  for (const field of options.extraRequired ?? []) required.add(field);
  for (const field of Object.keys(options.derivedProperties ?? {})) required.add(field);
  required.add('id');

  for (const index of options.indexes) {
    for (const field of typeof index === 'string' ? [index] : index) {
      makeIndexable(properties, field, collection);
    }
  }

  const encrypted = options.encrypted ?? [];
  for (const field of encrypted) {
    if (!(field in properties)) {
      throw new Error(`${collection}: encrypted "${field}" is not a property`);
    }
    const indexed = options.indexes.some((index) => [index].flat().includes(field));
    if (indexed) throw new Error(`${collection}: encrypted "${field}" cannot be indexed`);
  }

  const rxSchema = {
    title: collection,
    version: options.version,
    primaryKey: 'id',
    type: 'object',
    properties,
    required: [...required],
    indexes: options.indexes.map((index) => (typeof index === 'string' ? index : [...index])),
    ...(encrypted.length > 0 ? { encrypted: [...encrypted] } : {}),
  };
  if (json.definitions !== undefined || json.$defs !== undefined) {
    throw new Error(`${collection}: shared definitions are not supported; inline the schema`);
  }
  return rxSchema as RxJsonSchema<T>;
}
