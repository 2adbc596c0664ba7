import { describe, expect, it } from 'vitest';
import { updateFeedUrl } from './updateFeedUrl.ts';
import { downloadingStatus, updateErrorStatus } from './updateStatusText.ts';

describe('updateFeedUrl', () => {
  it('uses an https feed, always as a folder', () => {
    expect(updateFeedUrl('https://updates.example.cn/fieldbook')).toBe(
      'https://updates.example.cn/fieldbook/',
    );
    expect(updateFeedUrl('https://updates.example.cn/fieldbook/')).toBe(
      'https://updates.example.cn/fieldbook/',
    );
    expect(updateFeedUrl('http://127.0.0.1:8080/feed')).toBe('http://127.0.0.1:8080/feed/');
  });

  it('turns updates off for missing, plain-http or odd feeds', () => {
    for (const value of [
      undefined,
      '',
      'not a url',
      'http://updates.example.cn/',
      'file:///tmp/feed',
      'https://user:pw@updates.example.cn/',
      'https://updates.example.cn/?channel=x',
    ]) {
      expect(updateFeedUrl(value), String(value)).toBeUndefined();
    }
  });
});

describe('update status', () => {
  it('bounds the download percent', () => {
    expect(downloadingStatus('1.2.0', 42.6)).toEqual({
      state: 'downloading',
      version: '1.2.0',
      percent: 43,
    });
    expect(downloadingStatus('1.2.0', 130)).toMatchObject({ percent: 100 });
    expect(downloadingStatus('1.2.0', Number.NaN)).toMatchObject({ percent: 0 });
  });

  it('keeps only the first line of an error', () => {
    expect(updateErrorStatus(new Error('net::ERR_INTERNET_DISCONNECTED\n  at C:\\x'))).toEqual({
      state: 'error',
      message: 'net::ERR_INTERNET_DISCONNECTED',
    });
  });
});
