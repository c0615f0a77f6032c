import { beforeEach, describe, expect, it } from 'vitest';
import { claimNoVoiceNotice, resetNoVoiceNotice } from './no-voice-notice';

describe('claimNoVoiceNotice', () => {
  beforeEach(resetNoVoiceNotice);

  it('lets only the first control tell, and that one keep telling', () => {
    expect(claimNoVoiceNotice('en', 'a')).toBe(true);
    expect(claimNoVoiceNotice('en', 'b')).toBe(false);
    expect(claimNoVoiceNotice('en', 'a')).toBe(true);
  });

  it('tells once per language', () => {
    expect(claimNoVoiceNotice('en', 'a')).toBe(true);
    expect(claimNoVoiceNotice('es', 'b')).toBe(true);
    expect(claimNoVoiceNotice('es', 'c')).toBe(false);
  });
});
