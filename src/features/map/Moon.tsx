/**
 * The moon over a night chapter: one per map, so when both storylines are on screen at night
 * they are under the same moon. Shown and hidden by CSS on the map's `data-time` (an opacity
 * fade, none under reduced motion), in the sky corner of the open part of the map.
 */
export function Moon() {
  return (
    <svg className="map-moon" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="17" className="map-moon-glow" />
      <circle cx="20" cy="20" r="12" className="map-moon-disc" />
      <circle cx="15" cy="16" r="2.2" className="map-moon-sea" />
      <circle cx="24" cy="24" r="3" className="map-moon-sea" />
      <circle cx="23" cy="14" r="1.4" className="map-moon-sea" />
    </svg>
  );
}
