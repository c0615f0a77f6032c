import { describe, expect, it } from 'vitest';
import { cspMetaTag, cspPlugin, CONTENT_SECURITY_POLICY } from './csp-plugin';

function transform(html: string): string {
  const hook = cspPlugin().transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(html);
}

describe('the Content-Security-Policy plugin', () => {
  it('runs only for the build, never on the dev server', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it('puts the strict policy right after the charset, before any script', () => {
    const out = transform('<head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/x.js"></script>');
    expect(out.indexOf('Content-Security-Policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script'));
    expect(out).toContain(cspMetaTag());
  });

  it('allows no inline script, no inline style and no other host', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|\*/);
  });

  it('fails the build with a clear message when the page has no charset to anchor it', () => {
    expect(() => transform('<head></head>')).toThrow(/meta charset/);
  });
});
