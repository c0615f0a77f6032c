/**
 * Pure scroll geometry: which chapter the reader is in, and how far through it.
 * All lengths are CSS pixels measured from the top of the scroller's visible area.
 */
export interface SectionBox {
  top: number;
  height: number;
}

export interface ScrollStep {
  /** Index of the current section. */
  index: number;
  /** 0 when the section's top meets the trigger line, 1 when its bottom does. */
  progress: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * The current section is the last one whose top has crossed the trigger line.
 * Returns `null` before the first section (e.g. on the cover) or when there are none.
 */
export function stepAt(boxes: readonly SectionBox[], triggerY: number): ScrollStep | null {
  let index = -1;
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes[i];
    if (box && box.top <= triggerY) index = i;
  }
  const box = boxes[index];
  if (!box) return null;
  return { index, progress: box.height > 0 ? clamp01((triggerY - box.top) / box.height) : 1 };
}

/**
 * The scroll offset (px, in the scroller's coordinates) that puts `progress` of a section
 * on the trigger line: used to restore the reader's place after the text reflows.
 */
export function offsetFor(box: SectionBox, progress: number, triggerY: number, scrollTop: number): number {
  return scrollTop + box.top + clamp01(progress) * box.height - triggerY;
}
