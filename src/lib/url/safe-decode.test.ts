import { describe, expect, it } from 'vitest';
import { idFromHash, safeDecode } from './safe-decode';

describe('safeDecode', () => {
  it('decodes well-formed escapes', () => {
    expect(safeDecode('the%2Dcrossing')).toBe('the-crossing');
    expect(safeDecode('caf%C3%A9')).toBe('café');
  });
  it('gives null for malformed escapes instead of throwing', () => {
    for (const junk of ['%', '%ZZ', '%E0%A4%A', '%C0%AF', 'a%']) expect(safeDecode(junk)).toBeNull();
  });
});

describe('idFromHash', () => {
  it('reads a chapter id from a hash, with or without the #', () => {
    expect(idFromHash('#the-crossing')).toBe('the-crossing');
    expect(idFromHash('the%2Dcrossing')).toBe('the-crossing');
  });
  it('gives an empty id for an empty or malformed hash', () => {
    expect(idFromHash('')).toBe('');
    expect(idFromHash('#%E0%A4%A')).toBe('');
  });
});
