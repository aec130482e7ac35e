import type { CSSProperties } from 'react';
import type { Rect } from '../../../../shared/layout/layoutJourney';
import type { ConnectionLabelTheme } from '../../../../shared/layout/theme';

/** A connection label's pill exactly where and as big as the layout placed it. */
export function labelBoxStyle(box: Rect, theme: ConnectionLabelTheme): CSSProperties {
  return {
    transform: `translate(${box.x}px, ${box.y}px)`,
    width: box.width,
    height: box.height,
    boxSizing: 'border-box',
    padding: `0 ${theme.paddingX}px`,
    display: 'flex',
    alignItems: 'center',
    whiteSpace: 'pre',
    fontSize: theme.fontSize,
    fontWeight: theme.fontWeight,
    overflow: 'hidden',
    textOverflow: 'clip',
    left: 0,
    top: 0,
  };
}
