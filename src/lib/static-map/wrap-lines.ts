/**
 * A long name broken into lines, as MapLibre's `text-max-width` does for the live map: the
 * fewest lines no wider than the limit, the most even among those ("La estación de autobuses
 * / de El Paso", not "La estación de autobuses de El / Paso"). A word longer than the limit
 * gets a line of its own. Pure: widths come from the caller.
 */

/** Beyond this many words the breaks are chosen greedily (a drawn plan's caption), not by trying every split. */
const EXHAUSTIVE_WORDS = 12;

export function wrapLines(text: string, maxWidth: number, width: (s: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= 1 || width(text) <= maxWidth) return [text];
  if (words.length > EXHAUSTIVE_WORDS) return greedy(words, maxWidth, width);
  let best: { lines: string[]; widest: number } | null = null;
  // Each bit of `breaks` says whether a line ends after that word.
  for (let breaks = 0; breaks < 2 ** (words.length - 1); breaks++) {
    const lines: string[] = [];
    let line: string[] = [];
    words.forEach((w, i) => {
      line.push(w);
      if (i === words.length - 1 || breaks & (1 << i)) {
        lines.push(line.join(' '));
        line = [];
      }
    });
    const widths = lines.map(width);
    if (lines.some((l, i) => l.includes(' ') && widths[i]! > maxWidth)) continue;
    const widest = Math.max(...widths);
    if (!best || lines.length < best.lines.length || (lines.length === best.lines.length && widest < best.widest)) best = { lines, widest };
  }
  return best?.lines ?? greedy(words, maxWidth, width);
}

function greedy(words: string[], maxWidth: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && width(next) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
