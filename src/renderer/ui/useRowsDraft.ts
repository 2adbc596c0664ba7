import { useMemo, useState } from 'react';
import { type DescribeError, useCommand } from './useCommand.ts';

/** What reading a table of edited rows gives: the value to save, or each row's problem. */
export type ReadRows<Value, Errors> = { ok: true; value: Value } | { ok: false; errors: Errors };

export type RowsDraftOptions<Stored, Row, Value, Errors> = {
  /** The stored setting; untouched, the table follows it live. */
  stored: Stored;
  /** The table's rows for the stored setting (a function defined once, outside the component). */
  toRows: (stored: Stored) => Row[];
  /** Reads edited rows (defined once, outside the component). */
  readRows: (rows: Row[]) => ReadRows<Value, Errors>;
  onSave: (value: Value) => Promise<unknown>;
  describeError: DescribeError;
  savedMessage: string;
};

/**
 * A settings table edited as a draft: the first edit starts it, saving shows the rows' problems
 * (from then on, as they are fixed) or saves and drops the draft, back to following the setting.
 */
export function useRowsDraft<Stored, Row, Value, Errors>({
  stored,
  toRows,
  readRows,
  onSave,
  describeError,
  savedMessage,
}: RowsDraftOptions<Stored, Row, Value, Errors>) {
  const [draft, setDraft] = useState<Row[]>();
  const [showErrors, setShowErrors] = useState(false);
  const { run, busy: saving } = useCommand(describeError);
  const rows = useMemo(() => draft ?? toRows(stored), [draft, stored, toRows]);
  const read = useMemo(() => readRows(rows), [rows, readRows]);
  const errors = showErrors && !read.ok ? read.errors : undefined;

  const save = async () => {
    if (!read.ok) {
      setShowErrors(true);
      return;
    }
    const value = read.value;
    const saved = await run(async () => {
      await onSave(value);
      return true;
    }, savedMessage);
    if (!saved) return;
    setDraft(undefined);
    setShowErrors(false);
  };

  return { rows, draft, setDraft, read, errors, save, saving };
}
