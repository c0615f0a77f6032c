/** Who is who, for the back page: name, part, relationship and actor. */
import type { Lang } from '@/content/constants';
import { story } from '@/content/story';
import { say } from './handout-strings';

export function CastList({ lang }: { lang: Lang }) {
  return (
    <section className="handout-cast" aria-labelledby="handout-cast-title">
      <h2 id="handout-cast-title">{say('cast', lang)}</h2>
      <dl>
        {story.characters.map((c) => (
          <div key={c.id} className={`handout-person thread-${c.thread}`}>
            <dt>{c.name[lang]}</dt>
            <dd>
              {c.relationship[lang]}. {c.role[lang]}.
              {c.actor ? ` ${say('playedBy', lang, { actor: c.actor })}.` : c.actorNote ? ` ${c.actorNote[lang]}` : ''}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
