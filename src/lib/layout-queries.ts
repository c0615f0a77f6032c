/**
 * The layouts of the scroll story, as CSS media queries (app.css, week.css repeat them).
 * Stacked: the map on top, the text under it — phones, and portrait tablets (a 768×1024
 * iPad would otherwise squeeze the map into a 288 px strip beside a 480 px column).
 */
export const STACKED_LAYOUT = '(max-width: 700px), (orientation: portrait) and (max-width: 1100px)';
