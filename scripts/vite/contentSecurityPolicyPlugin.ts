import type { Plugin } from 'vite';
import {
  buildContentSecurityPolicy,
  withContentSecurityPolicyMeta,
} from '../../src/shared/security/contentSecurityPolicy.ts';

/**
 * Puts the one generated CSP into index.html: the strict policy in builds, and in the dev server
 * the same plus inline scripts, which React's refresh preamble needs.
 */
export function contentSecurityPolicyPlugin(
  options: { connectOrigins?: readonly string[] } = {},
): Plugin {
  return {
    name: 'fieldbook-content-security-policy',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => {
        const devServerOrigin = context.server?.resolvedUrls?.local[0];
        const policy = context.server
          ? buildContentSecurityPolicy({
              mode: 'development',
              delivery: 'meta',
              connectOrigins: options.connectOrigins ?? [],
              ...(devServerOrigin ? { devServerOrigin } : {}),
            })
          : buildContentSecurityPolicy({
              mode: 'production',
              delivery: 'meta',
              connectOrigins: options.connectOrigins ?? [],
            });
        return withContentSecurityPolicyMeta(html, policy);
      },
    },
  };
}
