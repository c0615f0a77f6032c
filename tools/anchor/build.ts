/**
 * Builds `dist-anchor`: the reference template issue 19 measures against — the MapLibre port of
 * mapbox/storytelling (opengeos/maplibre-gl-storymaps at fb73b38, MIT: LICENSE-template), with
 * maplibre-gl 4.7.1 and scrollama 3.2.0 — given this story as its review did: the chapters'
 * English titles and texts, their cameras and transitions, the basemap's own layers and colours
 * (no names: the template has no glyphs offline) and the whole route as one static line.
 *
 * `template.html` is upstream's page with only its three unpkg addresses pointed at local copies
 * here. One script is added after it, for measuring only: it marks what the bench's probes read in
 * our app (the map's element, the camera at rest or moving, the current chapter), so the two
 * sites are measured by the same code. (The probes find the template's first title, `.step h3`,
 * themselves: marked from here, after the map's constructor has laid the page out, Chromium
 * never reported its paint.)
 *
 * Run by `npm run bench -- --anchor` (which installs this folder first).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdNode } from '../../src/content/markdown';
import { basemapStyle } from '../../src/features/map/adapter/basemap-style';
import { BASEMAP_ATTRIBUTION } from '../../src/lib/basemap/basemap';
import { loadStory } from '../../tests/support/story';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? 'dist-anchor';
const modules = join(here, 'node_modules');

const story = loadStory(process.env.STORY_DIR ?? 'story');
const plain = (n: MdNode | string): string =>
  typeof n === 'string' ? n : 'value' in n && typeof n.value === 'string' ? n.value : ('children' in n ? (n.children as MdNode[]) : []).map(plain).join('');
const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const ANIMATION = { fly: 'flyTo', ease: 'easeTo', jump: 'jumpTo' } as const;

// The credits chapter is not part of the story the template tells (the review left it out too).
const chapters = story.chapters.filter((c) => c.id !== story.settings.creditsChapter).map((c) => ({
  id: c.id, alignment: 'left', hidden: false, title: c.title.en, image: '',
  description: c.body.en.map((p) => `<p>${escape(plain(p))}</p>`).join(''),
  location: { center: c.camera.center, zoom: c.camera.zoom, pitch: c.camera.pitch, bearing: c.camera.bearing },
  mapAnimation: ANIMATION[c.camera.transition], rotateAnimation: false, callback: '', onChapterEnter: [], onChapterExit: [],
}));

const ours = basemapStyle('basemap/basemap.json');
// The route in the colour of the storyline whose person travels it.
const traveller = Object.values(story.settings.threads).find((t) => t.travels);
// Typed by our style (this folder's own maplibre-gl is the template's older one).
const style: ReturnType<typeof basemapStyle> = {
  version: 8,
  sources: {
    ...ours.sources,
    route: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: story.route.coordinates } } },
  },
  layers: [
    ...ours.layers.filter((l) => l.type !== 'symbol'),
    { id: 'route', type: 'line', source: 'route', layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': traveller?.colour ?? '#a23d1f', 'line-width': 4.5 } },
  ],
};
const config = {
  style: 'style.json', showMarkers: true, inset: false, theme: 'light', use3dTerrain: false, auto: false,
  title: story.settings.title.en, subtitle: story.settings.subtitle.en, byline: story.settings.premise.en,
  footer: escape(BASEMAP_ATTRIBUTION), chapters,
};

// For measuring only (see above): what the bench's probes look for in our app.
const probes = `<script>
  (function () {
    var el = map.getContainer();
    el.classList.add('map-canvas');
    map.on('movestart', function () { el.setAttribute('data-moving', ''); });
    map.on('moveend', function () { el.removeAttribute('data-moving'); });
    map.on('idle', function () { el.dataset.camera = 'at-rest'; });
    var mark = function () { document.querySelectorAll('.step').forEach(function (s) { s.classList.contains('active') ? s.setAttribute('aria-current', 'step') : s.removeAttribute('aria-current'); }); };
    new MutationObserver(mark).observe(document.getElementById('features'), { subtree: true, attributes: true, attributeFilter: ['class'] });
    mark();
  })();
</script>
</body>`;

const html = readFileSync(join(here, 'template.html'), 'utf8')
  .replace('https://unpkg.com/maplibre-gl@4.7.1/dist/maplibre-gl.js', './maplibre-gl.js')
  .replace('https://unpkg.com/maplibre-gl@4.7.1/dist/maplibre-gl.css', './maplibre-gl.css')
  .replace('https://unpkg.com/scrollama', './scrollama.js')
  .replace(/<link rel="icon"[^>]*>/, '')
  .replace('</body>', probes);
if (/https?:\/\/unpkg/.test(html)) throw new Error('tools/anchor/template.html: an unpkg address is left; the anchor must load nothing from other hosts');

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'basemap'), { recursive: true });
writeFileSync(join(out, 'index.html'), html);
writeFileSync(join(out, 'config.js'), `var config = ${JSON.stringify(config)};\n`);
writeFileSync(join(out, 'style.json'), JSON.stringify(style));
copyFileSync('public/basemap/basemap.json', join(out, 'basemap', 'basemap.json'));
copyFileSync(join(modules, 'maplibre-gl/dist/maplibre-gl.js'), join(out, 'maplibre-gl.js'));
copyFileSync(join(modules, 'maplibre-gl/dist/maplibre-gl.css'), join(out, 'maplibre-gl.css'));
copyFileSync(join(modules, 'scrollama/build/scrollama.js'), join(out, 'scrollama.js'));
console.log(`Anchor: ${out} (${chapters.length} chapters, ${style.layers.length} layers)`);
