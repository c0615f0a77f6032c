/** The handout as students get it, on screen and on paper: every chapter, then the cast. */
import { CastList } from '@/features/cast/CastList';
import { Handout } from '@/features/handout/Handout';
import { BASEMAP_URL } from '@/lib/basemap/load-basemap';

const CAST_HEADING = 'handout-cast-title';

export function StudentHandout() {
  return (
    <Handout
      basemapUrl={BASEMAP_URL}
      cast={<section className="handout-cast" aria-labelledby={CAST_HEADING}><CastList headingId={CAST_HEADING} /></section>}
    />
  );
}
