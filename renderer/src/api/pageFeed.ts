import { feedClientId } from '../../../shared/api/events';

function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * This page's feed id, named when it opens its socket in browser mode (socketLink.ts): the server
 * does not send it the edits whose client id begins with it, those this page made itself. The
 * desktop app's main process learns it from those client ids and does the same.
 */
export const PAGE_FEED_ID = randomHex(8);

/** A new window client id (one per open document), marked as this page's. */
export const newClientId = (): string => feedClientId(PAGE_FEED_ID, randomHex(12));
