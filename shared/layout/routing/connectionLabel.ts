/** What a connection's label says and how big its pill is, for every surface alike. */
import { clampLine, measureText, type FontSpec } from '../../export/svg/textMetrics';
import type { ConnectionKind } from '../../model/types';
import type { ConnectionLabelTheme } from '../theme';

/** The words on a connection: its label, or the kind of path; a plain path has none. */
export function connectionLabelWords(kind: ConnectionKind, label: string): string {
  const words = label.trim().replace(/\s+/g, ' ');
  if (words) return words;
  if (kind === 'failure') return 'Failure path';
  if (kind === 'alternative') return 'Alternative';
  return '';
}

export function labelFont(theme: ConnectionLabelTheme): FontSpec {
  return { size: theme.fontSize, weight: theme.fontWeight };
}

/** The words as shown (cut with "…" to the widest label) and the pill's size. */
export function connectionLabelBox(
  kind: ConnectionKind,
  words: string,
  theme: ConnectionLabelTheme,
): { shown: string; width: number; height: number } {
  const font = labelFont(theme);
  const shown = clampLine(words, theme.maxWidth, font);
  const icon = kind === 'failure' ? theme.iconWidth : 0;
  const width = Math.ceil(measureText(shown, font) + 2 * theme.paddingX + icon);
  return { shown, width, height: theme.height };
}
