/**
 * Vite plugin: writes the page's Content-Security-Policy `<meta>` into the built HTML only.
 *
 * The built site runs under a strict policy (no inline script or style, no eval, nothing from
 * another host). Vite's dev server, by design, injects its client and every stylesheet as
 * inline `<style>` and talks over a WebSocket, which that policy forbids, so in development the
 * page carries no policy and looks exactly like the build. The csp and dev-server end-to-end
 * tests hold both halves.
 */
import type { Plugin } from 'vite';

/** The policy the built page carries; hosts should send the same as a header (README, "Security"). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspMetaTag(policy: string = CONTENT_SECURITY_POLICY): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
}

export function cspPlugin(): Plugin {
  return {
    name: 'usm-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!html.includes('<meta charset')) throw new Error('index.html: expected a <meta charset> to put the policy after');
        // Right after the charset, before anything the policy governs.
        return html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${cspMetaTag()}`);
      },
    },
  };
}
