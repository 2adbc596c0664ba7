export type ContentSecurityPolicyOptions = {
  /** Development serves the renderer from Vite, whose React refresh preamble is an inline script and whose HMR talks over a WebSocket. */
  mode: 'production' | 'development';
  /** Origin of the Vite dev server, e.g. http://localhost:5173 (development only). */
  devServerOrigin?: string;
  /** Extra origins the renderer may fetch from (the sync server, once it exists). */
  connectOrigins?: readonly string[];
  /** A <meta> policy may not carry frame-ancestors (browsers ignore it there and log an error). */
  delivery?: 'header' | 'meta';
};

/** Builds the Content-Security-Policy header sent with the app's own pages. */
export function buildContentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const isDev = options.mode === 'development';
  const devOrigins =
    isDev && options.devServerOrigin ? devServerSources(options.devServerOrigin) : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    // 'wasm-unsafe-eval' lets the bundled WebAssembly (badge decoding, business-card OCR) compile;
    // it allows no JavaScript eval.
    [
      'script-src',
      isDev
        ? ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]
        : ["'self'", "'wasm-unsafe-eval'"],
    ],
    // Mantine writes its theme variables into a <style> element at runtime.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...devOrigins, ...(options.connectOrigins ?? [])]],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  const delivered =
    options.delivery === 'meta'
      ? directives.filter(([name]) => name !== 'frame-ancestors')
      : directives;
  return delivered.map(([name, sources]) => `${name} ${unique(sources).join(' ')}`).join('; ');
}

function devServerSources(origin: string): string[] {
  const url = new URL(origin);
  const socketProtocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return [url.origin, `${socketProtocol}//${url.host}`];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const metaPolicyPattern =
  /(<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=")[^"]*(")/i;

/** Writes the policy into index.html's CSP meta tag (adding one to <head> if missing), so page and header never drift apart. */
export function withContentSecurityPolicyMeta(html: string, policy: string): string {
  if (metaPolicyPattern.test(html)) return html.replace(metaPolicyPattern, `$1${policy}$2`);
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  if (!/<head[^>]*>/i.test(html)) throw new Error('index.html has no <head> to hold the CSP');
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
}
