import { describe, expect, it } from 'vitest';
import { pickVoice } from './voices';

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService });

describe('pickVoice', () => {
  it('prefers a Mexican Spanish voice for Spanish', () => {
    expect(pickVoice([voice('es-ES'), voice('en-US'), voice('es-MX')], 'es')?.lang).toBe('es-MX');
  });

  it('takes any Spanish voice when there is no Mexican one', () => {
    expect(pickVoice([voice('en-US'), voice('es_ES')], 'es')?.lang).toBe('es_ES');
  });

  it('prefers a voice on the device to a network one of the same region', () => {
    expect(pickVoice([voice('en-US', 'net', false), voice('en-US', 'local')], 'en')?.name).toBe('local');
  });

  it('gives null when the device has no voice in the language', () => {
    expect(pickVoice([voice('en-US'), voice('fr-FR')], 'es')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it('does not take a language whose code merely starts with the same letters', () => {
    expect(pickVoice([voice('eno')], 'en')).toBeNull();
  });
});
