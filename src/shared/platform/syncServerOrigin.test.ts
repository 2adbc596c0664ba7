import { describe, expect, it } from 'vitest';
import { syncServerOrigin } from './syncServerOrigin.ts';

describe('syncServerOrigin', () => {
  it('uses the configured http(s) server, reduced to its origin', () => {
    expect(syncServerOrigin('https://sync.example.cn:8443/api')).toBe(
      'https://sync.example.cn:8443',
    );
    expect(syncServerOrigin('http://10.0.0.5:4410')).toBe('http://10.0.0.5:4410');
  });

  it('falls back to the local server for missing or unusable values', () => {
    expect(syncServerOrigin(undefined)).toBe('http://127.0.0.1:4410');
    expect(syncServerOrigin('')).toBe('http://127.0.0.1:4410');
    expect(syncServerOrigin('javascript:alert(1)')).toBe('http://127.0.0.1:4410');
    expect(syncServerOrigin('not a url')).toBe('http://127.0.0.1:4410');
  });
});
