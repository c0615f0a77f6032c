/**
 * Scoring the activities, and mixing up their items. Pure: the components hand in what the
 * student chose.
 */

/**
 * `items` in a mixed-up order that depends only on `seed` (the same page shows the same
 * puzzle to every student and on the worksheet), and is never already the answer.
 */
export function mixed<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: small, deterministic, good enough to mix a short list
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (out.length > 1 && out.every((x, i) => x === items[i])) out.push(out.shift() as T);
  return out;
}

/** How many of `answer` sit where `right` has them (both lists of the same ids). */
export function scoreOrder(answer: readonly string[], right: readonly string[]): number {
  return answer.filter((id, i) => right[i] === id).length;
}

/** `list` with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const target = Math.min(out.length - 1, Math.max(0, to));
  if (from < 0 || from >= out.length || target === from) return out;
  const [item] = out.splice(from, 1);
  out.splice(target, 0, item as T);
  return out;
}

/** How many people were matched to their own deed: `chosen[person]` is the person whose deed was picked. */
export function scoreMatch(chosen: Readonly<Record<string, string | undefined>>, people: readonly string[]): number {
  return people.filter((p) => chosen[p] === p).length;
}
