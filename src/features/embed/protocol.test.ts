import { describe, expect, it } from 'vitest';
import { announceTargets, originAllowed, readHostMessage, SOURCE, storyMessage, VERSION } from './protocol';

const host = 'https://news.example';
const context = (allowlist: string[] | null = null) => ({ allowlist, chapterIds: ['village', 'border'] });
const message = (body: Record<string, unknown>) => ({ source: SOURCE, version: VERSION, ...body });

describe('readHostMessage', () => {
  it('accepts a goto to a chapter the story has', () => {
    expect(readHostMessage(message({ type: 'goto', id: 'border' }), host, context())).toEqual({ type: 'goto', id: 'border' });
  });

  it('accepts setLanguage with a language the story speaks', () => {
    expect(readHostMessage(message({ type: 'setLanguage', lang: 'es' }), host, context())).toEqual({ type: 'setLanguage', lang: 'es' });
  });

  it('drops extra fields instead of passing them on', () => {
    expect(readHostMessage(message({ type: 'goto', id: 'village', extra: { deep: true } }), host, context())).toEqual({ type: 'goto', id: 'village' });
  });

  it.each([
    ['null', null],
    ['a string', 'goto village'],
    ['a number', 42],
    ['an array', [SOURCE, VERSION, 'goto']],
    ['an empty object', {}],
    ['a message without a source', { version: VERSION, type: 'goto', id: 'village' }],
    ['another source', { source: 'some-other-widget', version: VERSION, type: 'goto', id: 'village' }],
    ['another version', { source: SOURCE, version: 2, type: 'goto', id: 'village' }],
    ['a version as a string', { source: SOURCE, version: '1', type: 'goto', id: 'village' }],
    ['a goto without an id', message({ type: 'goto' })],
    ['a goto to a numeric id', message({ type: 'goto', id: 3 })],
    ['a goto to a chapter the story lacks', message({ type: 'goto', id: 'moon' })],
    ['setLanguage to a language the story lacks', message({ type: 'setLanguage', lang: 'fr' })],
    ['setLanguage without a language', message({ type: 'setLanguage' })],
  ])('ignores a malformed message: %s', (_name, data) => {
    expect(readHostMessage(data, host, context())).toBeNull();
  });

  it.each(['scroll', 'ready', 'chapterchange', 'GOTO', '__proto__', 'toString'])('ignores a message of unknown type %s', (type) => {
    expect(readHostMessage(message({ type, id: 'village' }), host, context())).toBeNull();
  });

  it('ignores messages from an origin outside the allowlist', () => {
    const data = message({ type: 'goto', id: 'border' });
    expect(readHostMessage(data, 'https://evil.example', context([host]))).toBeNull();
    expect(readHostMessage(data, 'null', context([host]))).toBeNull();
  });

  it('accepts messages from an origin on the allowlist', () => {
    expect(readHostMessage(message({ type: 'goto', id: 'border' }), host, context(['https://a.example', host]))).not.toBeNull();
  });

  it('trusts no host when the allowlist is empty', () => {
    expect(readHostMessage(message({ type: 'goto', id: 'border' }), host, context([]))).toBeNull();
  });

  it('reads an object without a prototype like any other', () => {
    const bare = Object.assign(Object.create(null) as object, message({ type: 'goto', id: 'village' }));
    expect(readHostMessage(bare, host, context())).toEqual({ type: 'goto', id: 'village' });
  });
});

describe('origins', () => {
  it('lets any origin talk when no allowlist is given', () => {
    expect(originAllowed('https://anyone.example', null)).toBe(true);
  });

  it('announces to everyone without an allowlist and only to allowed origins with one', () => {
    expect(announceTargets(null)).toEqual(['*']);
    expect(announceTargets([host, 'https://b.example'])).toEqual([host, 'https://b.example']);
    expect(announceTargets([])).toEqual([]);
  });
});

describe('storyMessage', () => {
  it('wraps every announcement in the versioned envelope', () => {
    expect(storyMessage({ type: 'height', height: 420 })).toEqual({ source: SOURCE, version: VERSION, type: 'height', height: 420 });
  });
});
