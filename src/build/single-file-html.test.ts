import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspMetaTag } from './csp-plugin';
import { addInlinedFiles, inlineFile, inlineHashes, singleFilePolicy, withSingleFilePolicy } from './single-file-html';

const page = (body: string) => `<html><head><meta charset="UTF-8" />${cspMetaTag()}<style>a{}</style></head><body>${body}</body></html>`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the single file', () => {
  it('keeps text files as text and binary tiles as base64', () => {
    expect(inlineFile('basemap/basemap.json', Buffer.from('{"a":1}'))).toEqual({ type: 'application/json', text: '{"a":1}' });
    expect(inlineFile('basemap/3/1/2.pbf', Buffer.from([0, 255]))).toEqual({ type: 'application/x-protobuf', base64: 'AP8=' });
  });

  it('puts the data files in a JSON block no file text can close', () => {
    const html = addInlinedFiles(page(''), { 'a.json': { type: 'application/json', text: '</script><script>alert(1)' } });
    expect(html).not.toContain('</script><script>alert');
    const json = /<script type="application\/json" id="usm-offline-files">(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json)['a.json'].text).toBe('</script><script>alert(1)');
  });

  it('hashes the scripts that run and the styles, not the data block', () => {
    const html = addInlinedFiles(page('<script type="module">go()</script>'), {});
    expect(inlineHashes(html)).toEqual({ scripts: [hash('go()')], styles: [hash('a{}')] });
  });

  it('allows only those hashes, data: fonts and a blob or data: worker, and nothing inline besides', () => {
    const policy = singleFilePolicy({ scripts: ["'sha256-x'"], styles: ["'sha256-y'"] });
    expect(policy).toContain("script-src 'self' 'sha256-x';");
    expect(policy).toContain("style-src 'self' 'sha256-y';");
    expect(policy).toContain("font-src 'self' data:;");
    expect(policy).toContain("worker-src 'self' blob: data:;");
    expect(policy).not.toContain('unsafe');
    expect(withSingleFilePolicy(page('<script type="module">go()</script>'))).toContain(`script-src 'self' ${hash('go()')}`);
  });
});
