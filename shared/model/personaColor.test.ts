import { describe, expect, it } from 'vitest';
import { nextPersonaColor } from './personaColor';
import { PERSONA_COLORS } from './templates';

describe('nextPersonaColor', () => {
  it('takes the first colour no persona uses', () => {
    expect(nextPersonaColor([])).toBe(PERSONA_COLORS[0]);
    expect(nextPersonaColor([{ color: PERSONA_COLORS[0]!.toUpperCase() }])).toBe(PERSONA_COLORS[1]);
    expect(nextPersonaColor([{ color: PERSONA_COLORS[1]! }])).toBe(PERSONA_COLORS[0]);
  });

  it('cycles once every colour is taken', () => {
    const all = PERSONA_COLORS.map((color) => ({ color }));
    expect(nextPersonaColor(all)).toBe(PERSONA_COLORS[all.length % PERSONA_COLORS.length]);
  });
});
