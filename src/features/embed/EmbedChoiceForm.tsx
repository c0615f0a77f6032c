/** The options an editor chooses for the embed: start chapter, language, layout, explore, height. */
import { useId } from 'react';
import type { Lang } from '@/content/schema';
import { story } from '@/content/story';
import { MAX_HEIGHT, MIN_HEIGHT, type EmbedChoice } from './embed-options';
import { et } from './embed-strings';
import { useLang } from '@/lib/session/use-session';

const NATIVE: Record<Lang, string> = { es: 'Español', en: 'English' };

interface Props {
  choice: EmbedChoice;
  /** As typed: the dialog clamps it when it builds the snippet. */
  height: string;
  onChoice: (choice: EmbedChoice) => void;
  onHeight: (height: string) => void;
}

export function EmbedChoiceForm({ choice, height, onChoice, onHeight }: Props) {
  const lang = useLang();
  const id = useId();
  const set = (patch: Partial<EmbedChoice>) => onChoice({ ...choice, ...patch });
  return (
    <div className="share-fields">
      <label htmlFor={`${id}-chapter`}>{et('startAt', lang)}</label>
      <select id={`${id}-chapter`} value={choice.chapter ?? ''} onChange={(e) => set({ chapter: e.target.value || null })}>
        <option value="">{et('fromTheBeginning', lang)}</option>
        {story.chapters.map((c) => (
          <option key={c.id} value={c.id}>{`${c.index + 1}. ${c.title[lang]}`}</option>
        ))}
      </select>
      <fieldset className="share-langs">
        <legend>{et('language', lang)}</legend>
        {(['es', 'en'] as const).map((l) => (
          <label key={l} lang={l}>
            <input type="radio" name={`${id}-lang`} value={l} checked={choice.lang === l} onChange={() => set({ lang: l })} />
            {NATIVE[l]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-layout`}>{et('layout', lang)}</label>
      <select id={`${id}-layout`} value={choice.layout} onChange={(e) => set({ layout: e.target.value as EmbedChoice['layout'] })}>
        <option value="auto">{et('layoutAuto', lang)}</option>
        <option value="scroll">{et('layoutScroll', lang)}</option>
        <option value="stepper">{et('layoutStepper', lang)}</option>
        <option value="poster">{et('layoutPoster', lang)}</option>
      </select>
      <label className="share-check">
        <input type="checkbox" checked={choice.explore} onChange={(e) => set({ explore: e.target.checked })} />
        {et('explore', lang)}
      </label>
      <label htmlFor={`${id}-height`}>{et('height', lang)}</label>
      <input
        id={`${id}-height`}
        type="number"
        inputMode="numeric"
        min={MIN_HEIGHT}
        max={MAX_HEIGHT}
        step={10}
        value={height}
        onChange={(e) => onHeight(e.target.value)}
      />
    </div>
  );
}
