/** What a text field with a length limit tells its user: how much room is left, what a paste lost. */

/** The counter shows from this share of the limit on, so short fields stay quiet. */
const NEAR = 0.8;

/** "450 / 500" once the text is near its limit; '' before that. */
export function lengthCounter(length: number, max: number): string {
  return length >= max * NEAR ? `${length.toLocaleString('en')} / ${max.toLocaleString('en')}` : '';
}

/**
 * How many characters of a paste the limit leaves out: the field keeps its text outside the
 * selection, and the paste fills what room remains. 0 when it all fits.
 */
export function charactersCut(
  current: string,
  selection: { start: number; end: number },
  pasted: string,
  max: number,
): number {
  const kept = current.length - Math.max(0, selection.end - selection.start);
  return Math.max(0, kept + pasted.length - max);
}

/** The notice after a paste was cut, e.g. "Pasted text was cut to fit: 4,500 characters left out." */
export function cutNotice(cut: number, max: number): string {
  const chars = cut === 1 ? 'character' : 'characters';
  return `Pasted text was cut to fit the ${max.toLocaleString('en')}-character limit: ${cut.toLocaleString('en')} ${chars} left out.`;
}
