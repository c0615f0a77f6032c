import './calls.css';
/**
 * A call as a story object inside its chapter: when it is, who is on each end and where,
 * whether it connected, and what was said in substance. The final Sunday, when mother and
 * son meet instead of calling, is shown as that.
 */
import { useId } from 'react';
import type { Call } from '@/content/schema';
import { story } from '@/content/story';
import { formatClockTime } from '@/lib/i18n/format-time';
import { t } from '@/lib/i18n/ui-strings';
import { callEnd, namesOf, type CallEnd } from './call-data';
import { callWords as w, fill } from './call-words';
import { useLang } from '@/lib/session/use-session';

interface Props {
  call: Call;
  /** The chapter is being read: the phone rings (a short pulse; none under reduced motion). */
  ringing: boolean;
}

function End({ label, end }: { label: string; end: CallEnd }) {
  const lang = useLang();
  return (
    <div className="call-end">
      <span className="call-end-label">{label}</span>
      <strong>{namesOf(end.people, lang)}</strong>
      <span className="call-end-place">{end.place?.name[lang]}</span>
    </div>
  );
}

export function PhoneIcon() {
  return (
    <svg className="call-phone" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z" />
    </svg>
  );
}

export function CallCard({ call, ringing }: Props) {
  const lang = useLang();
  const headingId = useId();
  const from = callEnd(call.from, story.places, story.characters);
  const to = callEnd(call.to, story.places, story.characters);
  const met = call.status === 'met-in-person';
  return (
    <section className={`call-card status-${call.status}`} aria-labelledby={headingId} data-ringing={(ringing && !met) || undefined}>
      <h3 id={headingId}>
        <PhoneIcon />
        {met ? w.metHeading[lang] : w.heading[lang]}
      </h3>
      <p className="call-when">
        <span>{fill(w.when[lang], { day: t(call.day, lang), time: formatClockTime(call.time, lang) })}</span>
        <span className={`call-status call-status-${call.status}`}>
          <span aria-hidden="true">{met ? '◎' : call.status === 'connected' ? '✓' : '✕'} </span>
          {w.status[call.status][lang]}
        </span>
      </p>
      {met ? (
        <p className="call-met">
          <strong>{namesOf([...from.people, ...to.people], lang)}</strong>
          <span className="call-end-place">{to.place?.name[lang]}</span>
        </p>
      ) : (
        <div className="call-ends">
          <End label={w.from[lang]} end={from} />
          <span className="call-line" aria-hidden="true" />
          <End label={w.to[lang]} end={to} />
        </div>
      )}
      <p className="call-summary">{call.summary[lang]}</p>
    </section>
  );
}
