/**
 * A stand-in for the Web Speech API, injected with `page.addInitScript` before the app loads:
 * it records what would be spoken and lets the test end each utterance (`__speech.finish()`),
 * so read-aloud can be stepped sentence by sentence without sound or timing.
 */
export interface SpokenRecord {
  text: string;
  lang: string;
  rate: number;
}

export function installFakeSpeech(voices: { lang: string; name: string }[]): void {
  const state = { spoken: [] as SpokenRecord[], cancels: 0, finish: () => {} };
  class FakeUtterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    onend: ((e: unknown) => void) | null = null;
    onerror: ((e: unknown) => void) | null = null;
    constructor(public text: string) {}
  }
  let current: FakeUtterance | null = null;
  const synth = Object.assign(new EventTarget(), {
    paused: false,
    getVoices: () => voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
    speak(u: FakeUtterance) {
      state.spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
      current = u;
    },
    cancel() {
      const u = current;
      current = null;
      state.cancels++;
      u?.onerror?.({ error: 'canceled' });
    },
    pause() { synth.paused = true; },
    resume() { synth.paused = false; },
  });
  state.finish = () => {
    const u = current;
    current = null;
    u?.onend?.({});
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  (window as unknown as { __speech: typeof state }).__speech = state;
}
