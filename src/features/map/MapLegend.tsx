/**
 * The legend: every symbol the map shows right now, and nothing it does not (the call only in
 * a call's chapter, the drawn plan only where it is drawn), in the reader's language. The
 * storylines' people are named from the story's data.
 */
import { fill } from '@/lib/i18n/fill';
import { useLang } from '@/lib/session/use-session';
import { legendWords as w } from './map-words';
import { travellerName } from './traveller-name';

interface Props {
  /** The journey is drawn (travelled and ahead, and the traveller on it). */
  travelled: boolean;
  /** The other storyline's person, by name, when the map shows them. */
  other: string | null;
  call: boolean;
  plan: boolean;
}

export function MapLegend({ travelled, other, call, plan }: Props) {
  const lang = useLang();
  const traveller = travelled ? travellerName(lang) : null;
  return (
    // Focusable: in a small map's menu the legend can scroll, and a keyboard must reach it too.
    <ul className="map-legend" aria-label={w.legend[lang]} tabIndex={0}>
      {traveller && <li><span className="key key-traveller" aria-hidden="true" />{fill(w.now[lang], { name: traveller })}</li>}
      {other && other !== traveller && <li><span className="key key-other" aria-hidden="true" />{other}</li>}
      <li><span className="key key-place" aria-hidden="true" />{w.place[lang]}</li>
      <li><span className="key key-approx" aria-hidden="true" />{w.approximate[lang]}</li>
      {call && <li><span className="key key-call" aria-hidden="true" />{w.call[lang]}</li>}
      {travelled && <li><span className="key key-travelled" aria-hidden="true" />{w.travelled[lang]}</li>}
      {travelled && <li><span className="key key-ahead" aria-hidden="true" />{w.ahead[lang]}</li>}
      {plan && <li><span className="key key-plan" aria-hidden="true" />{w.plan[lang]}</li>}
      <li><span className="key key-border" aria-hidden="true" />{w.border[lang]}</li>
    </ul>
  );
}
