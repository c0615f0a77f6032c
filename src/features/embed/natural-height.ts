/** How tall the stepper would be with nothing scrolling, in CSS px. */
export interface StepperBoxes {
  /** Everything above and below the map and card (the title bar). */
  chrome: number;
  map: number;
  /** The card column at its content's full height, navigation included. */
  side: number;
  /** Map and card beside each other (wide frames) rather than stacked. */
  sideBySide: boolean;
}

/** Beside each other, the map never gets shorter than this (CSS px). */
export const MIN_SIDE_MAP_PX = 260;

export function naturalHeight({ chrome, map, side, sideBySide }: StepperBoxes): number {
  const body = sideBySide ? Math.max(MIN_SIDE_MAP_PX, side) : map + side;
  return Math.ceil(chrome + body);
}
