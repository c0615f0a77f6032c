import './embed.css';
/**
 * Share or embed the story: a link to the reader's chapter, and an iframe snippet built from
 * the editor's choices, with a live preview. A modal `<dialog>`: focus moves in, Esc closes,
 * and focus returns to the Share button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { story } from '@/content/story';
import { EmbedChoiceForm } from './EmbedChoiceForm';
import { clampHeight, embedUrl, fullStoryUrl, iframeSnippet, MIN_HEIGHT, SHORT_FRAME_PX, type EmbedChoice } from './embed-options';
import { et } from './embed-strings';
import { useCopy, type CopyStatus } from './use-copy';
import { useLang } from '@/lib/session/use-session';

interface Props {
  /** The reader's chapter, if they are past the cover. */
  chapterId: string | undefined;
  onClose: () => void;
}

/** Default frame heights (CSS px): a scrolling story needs room; a stepper fits a short slot. */
const defaultHeight = (layout: EmbedChoice['layout']) => (layout === 'poster' ? MIN_HEIGHT : layout === 'stepper' ? SHORT_FRAME_PX - 40 : 640);

export function ShareDialog({ chapterId, onClose }: Props) {
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const snippetField = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const [choice, setChoice] = useState<EmbedChoice>({ chapter: chapterId ?? null, lang, layout: 'auto', explore: true });
  const [heightText, setHeightText] = useState<string | null>(null);
  const [linkStatus, copyLink] = useCopy();
  const [snippetStatus, copySnippet, resetSnippet] = useCopy();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    el.showModal();
    el.addEventListener('close', onClose);
    return () => el.removeEventListener('close', onClose);
  }, [onClose]);

  const link = fullStoryUrl(location.href, lang, chapterId);
  const src = embedUrl(location.href, choice);
  const height = clampHeight(Number(heightText ?? NaN), defaultHeight(choice.layout));
  const title = et('iframeTitle', choice.lang, { title: story.settings.title[choice.lang] });
  const snippet = iframeSnippet({ src, title, height });
  // The preview reloads the whole story: only once the editor has stopped changing options.
  const previewSrc = useSettled(src, 500);

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={titleId}>
      <div className="share-head">
        <h2 id={titleId}>{et('shareTitle', lang)}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>{et('close', lang)}</button>
      </div>
      <section className="share-section">
        <h3>{et('linkHeading', lang)}</h3>
        <div className="share-row">
          <input ref={linkField} readOnly value={link} aria-label={et('linkLabel', lang)} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => copyLink(link, linkField.current)}>{et('copyLink', lang)}</button>
        </div>
        <Status status={linkStatus} />
      </section>
      <section className="share-section share-embed">
        <h3>{et('embedHeading', lang)}</h3>
        <div className="share-columns">
          <div>
            <EmbedChoiceForm
              choice={choice}
              height={heightText ?? String(height)}
              onChoice={(next) => { setChoice(next); resetSnippet(); }}
              onHeight={(text) => { setHeightText(text); resetSnippet(); }}
            />
            <label className="share-snippet">
              {et('snippetLabel', lang)}
              <textarea ref={snippetField} readOnly rows={5} value={snippet} onFocus={(e) => e.target.select()} />
            </label>
            <button type="button" onClick={() => copySnippet(snippet, snippetField.current)}>{et('copySnippet', lang)}</button>
            <Status status={snippetStatus} />
          </div>
          <figure className="share-preview">
            <figcaption>{et('preview', lang)}</figcaption>
            <iframe src={previewSrc} title={et('previewTitle', lang)} height={height} allow="fullscreen" />
          </figure>
        </div>
      </section>
    </dialog>
  );
}

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return settled;
}

function Status({ status }: { status: CopyStatus }) {
  const lang = useLang();
  return (
    <p className="share-status" role="status">
      {status === 'copied' ? et('copied', lang) : status === 'failed' ? et('copyFailed', lang) : ''}
    </p>
  );
}
