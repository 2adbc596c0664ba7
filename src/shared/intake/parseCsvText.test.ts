import { describe, expect, it } from 'vitest';
import { parseCsvText } from './parseCsvText.ts';

describe('parseCsvText', () => {
  it('keeps quoted newlines, commas and quotes inside fields', () => {
    expect(parseCsvText('a,b\r\n"line 1\nline 2","say ""hi"", ok"\r\n')).toEqual({
      headers: ['a', 'b'],
      records: [['line 1\nline 2', 'say "hi", ok']],
      malformedRows: [],
    });
  });

  it('reads CR CR LF and lone CR line ends without blank rows', () => {
    expect(parseCsvText('a,b\r\r\n1,2\r\r\n3,4\r5,6').records).toEqual([
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('skips blank and comma-only lines and trims headers and a leftover BOM', () => {
    expect(parseCsvText('\uFEFF Name , Email\n\n,\nAnn,ann@x.com\n\n')).toEqual({
      headers: ['Name', 'Email'],
      records: [['Ann', 'ann@x.com']],
      malformedRows: [],
    });
  });

  it('detects semicolons and tabs, and honours an Excel sep= line', () => {
    expect(parseCsvText('Name;Email\nAnn;ann@x.com').records).toEqual([['Ann', 'ann@x.com']]);
    expect(parseCsvText('Name\tEmail\nAnn\tann@x.com').records).toEqual([['Ann', 'ann@x.com']]);
    expect(parseCsvText('sep=|\nName|Email\nAnn, Jr.|ann@x.com')).toMatchObject({
      headers: ['Name', 'Email'],
      records: [['Ann, Jr.', 'ann@x.com']],
    });
  });

  it('reports an unclosed quote by row number', () => {
    const parsed = parseCsvText('Name,Email\nAnn,ann@x.com\n"Bo,bo@x.com\n');
    expect(parsed.malformedRows).toEqual([2]);
  });

  it('reads an empty file as no headers and no records', () => {
    expect(parseCsvText('')).toEqual({ headers: [], records: [], malformedRows: [] });
  });
});
