import { PERSONA_COLORS } from './templates';
import type { Persona } from './types';

/** The first persona colour nobody uses yet, so a new persona stands apart; else the next in turn. */
export function nextPersonaColor(personas: readonly Pick<Persona, 'color'>[]): string {
  const used = new Set(personas.map((p) => p.color.toLowerCase()));
  const free = PERSONA_COLORS.find((c) => !used.has(c.toLowerCase()));
  return free ?? (PERSONA_COLORS[personas.length % PERSONA_COLORS.length] as string);
}
