import type { ZodError } from 'zod';

/** One refused field: `field` is a dotted path, `code` a zod issue code the UI translates. */
export type RecordIssue = { field: string; code: string };

/** A record was refused by its schema; `issues` say which fields and why. */
export class RecordValidationError extends Error {
  readonly entity: string;
  readonly issues: RecordIssue[];

  constructor(entity: string, issues: RecordIssue[]) {
    super(`Invalid ${entity}: ${issues.map((issue) => `${issue.field}:${issue.code}`).join(', ')}`);
    this.name = 'RecordValidationError';
    this.entity = entity;
    this.issues = issues;
  }
}

/** Parses with a zod schema, turning its error into a RecordValidationError. */
export function parseRecord<T>(
  entity: string,
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: ZodError };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new RecordValidationError(
    entity,
    result.error.issues.map((issue) => ({ field: issue.path.join('.'), code: issue.code })),
  );
}
