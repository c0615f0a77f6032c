/**
 * The handout as students get it, on screen and on paper: every chapter, the cast, the
 * glossary and the worksheet; then the teacher's pages (notes, answer keys).
 */
import { Worksheet, WorksheetKey } from '@/features/activities/Worksheet';
import { CastList } from '@/features/cast/CastList';
import { BASEMAP_URL } from '@/lib/basemap/load-basemap';
import { Handout } from '@/features/handout/Handout';
import { renderHandoutMap } from './handout-map';

const CAST_HEADING = 'handout-cast-title';

export function StudentHandout() {
  return (
    <Handout
      renderMap={renderHandoutMap}
      cast={<section className="handout-cast" aria-labelledby={CAST_HEADING}><CastList headingId={CAST_HEADING} /></section>}
      worksheet={<Worksheet basemapUrl={BASEMAP_URL} />}
      worksheetKey={<WorksheetKey />}
    />
  );
}
