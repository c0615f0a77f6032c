/**
 * Read-aloud with the browser's own speech synthesis: one sentence at a time, so the sentence
 * being spoken can be highlighted (CSS Custom Highlight API) and the speed changed between
 * sentences. Never starts by itself; stops when `active` turns false (the reader moved on),
 * when the language changes and when the control goes away.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '@/content/constants';
import { sentenceRanges, type SpokenSentence } from './sentence-ranges';
import { pickVoice } from './voices';

export type ReadStatus = 'idle' | 'playing' | 'paused';
/** `checking` until the device has listed its voices (some list them late). */
export type VoiceState = SpeechSynthesisVoice | 'checking' | 'none';

/** Slower speed for learners, as a rate (1 = the voice's normal speed). */
export const SLOW_RATE = 0.7;
/** How long to wait for a device that lists its voices late before saying it has none, ms. */
const VOICE_WAIT_MS = 1500;
const HIGHLIGHT = 'read-aloud';

const synth = (): SpeechSynthesis | null => (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);

function useVoice(lang: Lang): VoiceState {
  const [voice, setVoice] = useState<VoiceState>(() => (synth() ? 'checking' : 'none'));
  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = (final: boolean) => {
      const found = pickVoice(s.getVoices(), lang);
      if (found || final) setVoice(found ?? 'none');
    };
    update(false);
    const onChange = () => update(true);
    s.addEventListener?.('voiceschanged', onChange);
    const timer = setTimeout(() => update(true), VOICE_WAIT_MS);
    return () => {
      clearTimeout(timer);
      s.removeEventListener?.('voiceschanged', onChange);
    };
  }, [lang]);
  return voice;
}

function highlight(range: Range | null): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry) return;
  if (range) registry.set(HIGHLIGHT, new Highlight(range));
  else registry.delete(HIGHLIGHT);
}

export function useReadAloud(lang: Lang, root: () => Element | null, active: boolean) {
  const voice = useVoice(lang);
  const [status, setStatus] = useState<ReadStatus>('idle');
  const [slow, setSlowState] = useState(false);
  const [at, setAt] = useState<{ n: number; total: number } | null>(null);
  // Each run gets a token: callbacks of a cancelled run (another chapter started) do nothing.
  const run = useRef(0);
  // Read by the next sentence of a run already under way.
  const slowRef = useRef(false);
  const setSlow = useCallback((on: boolean) => {
    slowRef.current = on;
    setSlowState(on);
  }, []);

  const stop = useCallback(() => {
    if (run.current === 0) return;
    run.current = 0;
    synth()?.cancel();
    highlight(null);
    setStatus('idle');
    setAt(null);
  }, []);

  const play = useCallback(() => {
    const s = synth();
    const el = root();
    if (!s || !el || typeof voice === 'string') return;
    const list: SpokenSentence[] = sentenceRanges(el, lang);
    s.cancel();
    const token = ++run.current;
    const speak = (i: number) => {
      if (run.current !== token) return;
      const sentence = list[i];
      if (!sentence) {
        stop();
        return;
      }
      const u = new SpeechSynthesisUtterance(sentence.text);
      u.lang = voice.lang;
      u.voice = voice;
      u.rate = slowRef.current ? SLOW_RATE : 1;
      u.onend = () => speak(i + 1);
      u.onerror = () => run.current === token && stop();
      highlight(sentence.range);
      setAt({ n: i + 1, total: list.length });
      s.speak(u);
    };
    setStatus('playing');
    speak(0);
  }, [lang, root, stop, voice]);

  const pause = useCallback(() => {
    synth()?.pause();
    setStatus('paused');
  }, []);
  const resume = useCallback(() => {
    synth()?.resume();
    setStatus('playing');
  }, []);

  useEffect(() => {
    if (!active) stop();
  }, [active, stop]);
  useEffect(() => stop, [lang, stop]);

  return { voice, status, slow, setSlow, at, play, pause, resume, stop };
}
