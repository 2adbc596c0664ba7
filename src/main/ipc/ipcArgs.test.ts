import { describe, expect, it } from 'vitest';
import {
  exportPdfArgsSchema,
  maxCsvChars,
  noArgsSchema,
  notificationArgsSchema,
  openExternalArgsSchema,
  saveCsvArgsSchema,
  saveTokenArgsSchema,
  setOpenAtLoginArgsSchema,
} from './ipcArgs.ts';

function accepts(schema: { safeParse: (value: unknown) => { success: boolean } }, args: unknown[]) {
  return schema.safeParse(args).success;
}

describe('IPC argument schemas', () => {
  it('take no arguments where none are expected', () => {
    expect(accepts(noArgsSchema, [])).toBe(true);
    expect(accepts(noArgsSchema, ['x'])).toBe(false);
  });

  it('accept a bounded notification and refuse anything else', () => {
    expect(accepts(notificationArgsSchema, [{ title: 'Reminder', body: 'Call 王丽' }])).toBe(true);
    for (const args of [
      [],
      [{ title: '', body: 'x' }],
      [{ title: 'x'.repeat(201), body: '' }],
      [{ title: 'x', body: 'y', icon: 'file:///etc/passwd' }],
      ['just a string'],
      [{ title: 'x', body: 'y' }, 'extra'],
    ]) {
      expect(accepts(notificationArgsSchema, args)).toBe(false);
    }
  });

  it('accept a printable token only', () => {
    expect(accepts(saveTokenArgsSchema, ['fbt_0190abc.DEF-123'])).toBe(true);
    for (const token of ['', 'has space', 'line\nbreak', 'x'.repeat(4097), 42, null]) {
      expect(accepts(saveTokenArgsSchema, [token])).toBe(false);
    }
  });

  it('accept a file name for a PDF, never a path object or extra fields', () => {
    expect(accepts(exportPdfArgsSchema, [{ fileName: 'Q-2026-0001.pdf' }])).toBe(true);
    expect(accepts(exportPdfArgsSchema, [{ fileName: '' }])).toBe(false);
    expect(accepts(exportPdfArgsSchema, [{ fileName: 'a.pdf', path: '/etc' }])).toBe(false);
    expect(accepts(exportPdfArgsSchema, [{ fileName: 'x'.repeat(201) }])).toBe(false);
  });

  it('accept CSV text up to the limit', () => {
    expect(accepts(saveCsvArgsSchema, [{ fileName: 'leads.csv', text: 'a,b\n1,2' }])).toBe(true);
    expect(
      accepts(saveCsvArgsSchema, [{ fileName: 'leads.csv', text: 'x'.repeat(maxCsvChars + 1) }]),
    ).toBe(false);
    expect(accepts(saveCsvArgsSchema, [{ fileName: 'leads.csv' }])).toBe(false);
  });

  it('accept a URL string and a boolean where those are expected', () => {
    expect(accepts(openExternalArgsSchema, ['https://example.com'])).toBe(true);
    expect(accepts(openExternalArgsSchema, [{ url: 'https://example.com' }])).toBe(false);
    expect(accepts(setOpenAtLoginArgsSchema, [true])).toBe(true);
    expect(accepts(setOpenAtLoginArgsSchema, ['true'])).toBe(false);
  });
});
