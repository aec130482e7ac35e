import { parseUrl } from '../text/externalUrl';

/** Longer link texts are cut with an ellipsis: a card line holds about this many characters. */
export const LINK_TEXT_MAX = 36;

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * How a link reads on a card: host and path without the scheme, "www." or a trailing slash
 * ("example.com/booking/step-2"), the address of a mailto link, or the text as typed when it
 * is no URL at all; shortened to `max` characters.
 */
export function linkText(raw: string, max = LINK_TEXT_MAX): string {
  const url = parseUrl(raw.trim());
  if (url?.protocol === 'mailto:') return shorten(decoded(url.pathname), max);
  if (url && url.hostname) {
    const host = url.hostname.replace(/^www\./, '');
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    return shorten(host + decoded(path), max);
  }
  return shorten(raw.trim(), max);
}
