import { useMemo } from 'react';
import type { ChartPalette } from '../../../../shared/insights/charts/chartFrame';
import { LIGHT_CHART_PALETTE } from '../../../../shared/insights/charts/chartFrame';
import { useResolvedTheme } from '../theme/themeStore';

/** Which theme variable each chart colour follows. */
const VARIABLES: Record<keyof ChartPalette, string> = {
  ink: '--ink',
  soft: '--ink-soft',
  faint: '--ink-faint',
  line: '--line',
  lineStrong: '--line-strong',
  surface: '--surface',
  accent: '--accent',
  bar: '--ink-soft',
  previous: '--ink-faint',
};

/**
 * The charts' colours read from the theme's CSS variables, so the inline charts follow the
 * light and dark themes (SVG presentation attributes cannot hold var()); re-read on a switch.
 */
export function useChartPalette(): ChartPalette {
  const theme = useResolvedTheme();
  return useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    const entries = Object.entries(VARIABLES).map(([key, variable]) => {
      const value = style.getPropertyValue(variable).trim();
      return [key, value || LIGHT_CHART_PALETTE[key as keyof ChartPalette]];
    });
    return Object.fromEntries(entries) as unknown as ChartPalette;
    // The variables are read from the DOM, which the theme switch has just changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theme]);
}
