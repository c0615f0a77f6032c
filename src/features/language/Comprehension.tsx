/**
 * A chapter's comprehension questions. Readers reveal each answer when they ask for it;
 * the presenter view shows them all (`answers="shown"`).
 */
import { useId, useState } from 'react';
import type { Comprehension as Question } from '@/content/schema';
import { useLang } from '@/lib/session/use-session';
import { say } from './language-strings';

interface Props {
  questions: readonly Question[];
  answers?: 'on-request' | 'shown';
  headingLevel?: 'h3' | 'h2';
}

function Item({ question, shown }: { question: Question; shown: boolean }) {
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  const visible = shown || open;
  return (
    <li>
      <span className="check-q">{question.q[lang]}</span>{' '}
      {!shown && (
        <button type="button" className="check-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {say(open ? 'hideAnswer' : 'showAnswer', lang)}
        </button>
      )}
      {/* Empty until asked for: the button controls it, and some fifty hidden answers would be
          fibers and DOM the reading view keeps for nothing. */}
      <p id={id} className="check-a" hidden={!visible}>
        {visible && <><span className="check-a-label">{say('answer', lang)}:</span> {question.a[lang]}</>}
      </p>
    </li>
  );
}

export function Comprehension({ questions, answers = 'on-request', headingLevel: H = 'h3' }: Props) {
  const lang = useLang();
  const headingId = useId();
  if (questions.length === 0) return null;
  return (
    // A group, not a region: every chapter has one, and landmarks must be told apart.
    <div className="check" role="group" aria-labelledby={headingId}>
      <H id={headingId}>{say('check', lang)}</H>
      <ol>{questions.map((q) => <Item key={q.q.en} question={q} shown={answers === 'shown'} />)}</ol>
    </div>
  );
}
