import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

const input = (over: Partial<Parameters<typeof detectLanguage>[0]>) => ({ search: '', stored: null, browser: [], ...over });

describe('detectLanguage', () => {
  it('prefers ?lang= over the saved choice and the browser', () => {
    expect(detectLanguage(input({ search: '?lang=es', stored: 'en', browser: ['en-US'] }))).toBe('es');
  });
  it('uses the saved choice when the URL names no language', () => {
    expect(detectLanguage(input({ stored: 'es', browser: ['en-US'] }))).toBe('es');
  });
  it('falls back to the first browser language it knows', () => {
    expect(detectLanguage(input({ browser: ['fr-FR', 'es-MX', 'en'] }))).toBe('es');
  });
  it('ignores an unknown ?lang= value and defaults to English', () => {
    expect(detectLanguage(input({ search: '?lang=xx', browser: ['de'] }))).toBe('en');
  });
});
