import { LANE_KIND_IDS, LANE_KIND_SPECS } from './laneKinds';

/**
 * The lane kinds' colours as CSS custom properties, generated from the registry so the
 * stylesheets never list kinds: `--lane-<kind>` per theme and `--lane-<kind>-pr-fill/-edge`
 * for the projector, and on every element of class `lane-<kind>` the kind's own values
 * under fixed names (`--kind`, `--kind-tint`, `--kind-pr-fill`, `--kind-pr-edge`).
 */
export function laneKindCss(): string {
  const light: string[] = [];
  const dark: string[] = [];
  const rules: string[] = [];
  for (const kind of LANE_KIND_IDS) {
    const { colors, cellTint } = LANE_KIND_SPECS[kind];
    light.push(
      `--lane-${kind}: ${colors.light};`,
      `--lane-${kind}-pr-fill: ${colors.projector.fill};`,
      `--lane-${kind}-pr-edge: ${colors.projector.edge};`,
    );
    dark.push(`--lane-${kind}: ${colors.dark};`);
    rules.push(
      `.lane-${kind} { --kind: var(--lane-${kind}); --kind-tint: ${cellTint * 100}%;` +
        ` --kind-pr-fill: var(--lane-${kind}-pr-fill); --kind-pr-edge: var(--lane-${kind}-pr-edge); }`,
    );
  }
  return [
    `:root { ${light.join(' ')} }`,
    `[data-theme='dark'] { ${dark.join(' ')} }`,
    ...rules,
  ].join('\n');
}
