/** The handout as students get it, on screen and on paper: every chapter, then the cast. */
import { CastList } from '@/features/cast/CastList';
import { Handout } from '@/features/handout/Handout';
import { renderHandoutMap } from './handout-map';

const CAST_HEADING = 'handout-cast-title';

export function StudentHandout() {
  return (
    <Handout
      renderMap={renderHandoutMap}
      cast={<section className="handout-cast" aria-labelledby={CAST_HEADING}><CastList headingId={CAST_HEADING} /></section>}
    />
  );
}
