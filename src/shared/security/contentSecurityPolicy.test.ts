import { describe, expect, it } from 'vitest';
import {
  buildContentSecurityPolicy,
  withContentSecurityPolicyMeta,
} from './contentSecurityPolicy.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('buildContentSecurityPolicy', () => {
  it('allows only the app itself to run scripts in production', () => {
    const policy = directives(buildContentSecurityPolicy({ mode: 'production' }));
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('shuts off plugins, frames, base rewriting and form posts', () => {
    const policy = directives(buildContentSecurityPolicy({ mode: 'production' }));
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('never allows eval or remote script origins', () => {
    for (const mode of ['production', 'development'] as const) {
      const text = buildContentSecurityPolicy({ mode, devServerOrigin: 'http://localhost:5173' });
      // 'wasm-unsafe-eval' compiles the bundled WebAssembly only; JavaScript eval stays off.
      expect(text.replaceAll("'wasm-unsafe-eval'", '')).not.toContain('unsafe-eval');
      expect(directives(text).get('script-src')).not.toContain('http://localhost:5173');
      expect(text).not.toContain('*');
    }
  });

  it('opens the dev server and its hot-reload socket only in development', () => {
    const dev = directives(
      buildContentSecurityPolicy({
        mode: 'development',
        devServerOrigin: 'http://localhost:5173/',
      }),
    );
    expect(dev.get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ]);
    expect(dev.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);

    const prod = buildContentSecurityPolicy({
      mode: 'production',
      devServerOrigin: 'http://localhost:5173',
    });
    expect(prod).not.toContain('localhost');
  });

  it('adds the sync server to connect-src once and only there', () => {
    const policy = directives(
      buildContentSecurityPolicy({
        mode: 'production',
        connectOrigins: ['https://sync.example.com', 'https://sync.example.com'],
      }),
    );
    expect(policy.get('connect-src')).toEqual(["'self'", 'https://sync.example.com']);
    expect(policy.get('img-src')).not.toContain('https://sync.example.com');
  });

  it('leaves frame-ancestors out of a meta policy, where browsers ignore it', () => {
    const meta = directives(buildContentSecurityPolicy({ mode: 'production', delivery: 'meta' }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    const header = directives(
      buildContentSecurityPolicy({ mode: 'production', delivery: 'header' }),
    );
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('withContentSecurityPolicyMeta', () => {
  it("replaces the page's own policy with the generated one", () => {
    const html = `<head>
    <meta
      http-equiv="Content-Security-Policy"
      content="default-src *"
    />
  </head>`;
    const out = withContentSecurityPolicyMeta(html, "default-src 'self'");
    expect(out).toContain(`content="default-src 'self'"`);
    expect(out).not.toContain('default-src *');
  });

  it('adds a policy to a page that has none', () => {
    const out = withContentSecurityPolicyMeta(
      '<html><head><title>x</title></head></html>',
      "default-src 'self'",
    );
    expect(out).toContain(
      `<head>\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`,
    );
  });

  it('refuses a page without a head rather than ship it unprotected', () => {
    expect(() => withContentSecurityPolicyMeta('<div></div>', "default-src 'self'")).toThrow(
      /head/,
    );
  });
});
