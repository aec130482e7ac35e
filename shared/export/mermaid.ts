import { getEntity, stagesOf } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { touchpointsInJourneyOrder } from '../layout/layoutJourney';

/** Words Mermaid's journey lexer takes for a statement when a line starts with them. */
const KEYWORD_START = /^(journey|title\s|section\s|acc(title|descr))/i;

/**
 * Text safe inside a Mermaid journey line: its grammar ends a title at "#", ";" or a newline,
 * a section or task name also at ":", splits actors at ",", and "%%" starts a comment or an
 * `%%{init}%%` directive. Labels are drawn as HTML, so "<", ">" and "&" (tags, `<br>`, entities;
 * Mermaid's own `#name;` entities need "#" and ";") become look-alikes that mean nothing there.
 */
export function mermaidText(s: string, { actor = false } = {}): string {
  const safe = s
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, ' -')
    .replace(/;/g, ',')
    .replace(/#/g, 'no. ')
    .replace(/%%+/g, '%')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/&/g, '＆');
  const text = (actor ? safe.replace(/,/g, ' ') : safe).replace(/\s+/g, ' ').trim();
  // A zero-width space before a keyword keeps the words a name and draws nothing.
  return KEYWORD_START.test(text) ? `\u200b${text}` : text;
}

/** Emotion -2..+2 as a Mermaid journey score 1..5. */
export const mermaidScore = (emotion: number) => Math.max(1, Math.min(5, Math.round(emotion) + 3));

/**
 * A journey as a Mermaid `journey` diagram: one section per stage, one task per touchpoint
 * (touchpoints lanes only, in map order) scored from its emotion, done by the persona.
 */
export function exportMermaid(doc: ProjectDoc, journeyId: string): string {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey with id ${journeyId}`);
  const persona = journey.personaId ? getEntity(doc, 'personas', journey.personaId) : undefined;
  const actor = mermaidText(persona?.name ?? '', { actor: true }) || 'Customer';
  const lines = ['journey', `  title ${mermaidText(journey.name) || 'Journey'}`];
  const cards = touchpointsInJourneyOrder(doc, journeyId);
  stagesOf(doc, journeyId).forEach((stage, i) => {
    lines.push(`  section ${mermaidText(stage.name) || `Stage ${i + 1}`}`);
    for (const t of cards[i] ?? []) {
      // Mermaid demands a score: an unrated touchpoint gets the middle one (3), and its name
      // says "(not rated)" so the face is not read as a rating.
      const name = `${mermaidText(t.title) || 'Touchpoint'}${t.emotion === null ? ' (not rated)' : ''}`;
      lines.push(`    ${name}: ${mermaidScore(t.emotion ?? 0)}: ${actor}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
