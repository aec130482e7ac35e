import type { EditorCommandId } from './registry';

/**
 * What a card's context menu offers: registry commands (their labels, shortcuts and what they
 * do come from there), in sections parted by a separator. They act on the selection, which a
 * right-click on a card outside it makes that card.
 */
export const CARD_MENU: readonly (readonly EditorCommandId[])[] = [
  ['connect-to'],
  ['copy', 'cut', 'duplicate'],
  ['delete'],
];
