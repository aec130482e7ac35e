import { getEntity, stagesOf } from '../model/doc';
import type { ProjectDoc } from '../model/types';
import { touchpointsInJourneyOrder } from '../layout/layoutJourney';

/**
 * How a line may start that Mermaid's journey lexer (journey.jison) reads as something other
 * than a task's name: a keyword (`journey`, `title `, `section `, `accTitle`, `accDescr`) or
 * "%", which starts a comment there, so the card would vanish without an error.
 */
const STATEMENT_START = /^(journey|title\s|section\s|acc(title|descr)|%)/i;

/**
 * Text safe inside a Mermaid journey line: its grammar ends a title at "#", ";" or a newline,
 * a section or task name also at ":", splits actors at ",", and "%%" starts a comment or an
 * `%%{init}%%` directive. Labels are drawn as HTML, so "<", ">" and "&" (tags, `<br>`, entities;
 * Mermaid's own `#name;` entities need "#" and ";") become look-alikes that mean nothing there.
 * Control characters become spaces.
 */
export function mermaidText(s: string, { actor = false } = {}): string {
  const safe = s
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/:/g, ' -')
    .replace(/;/g, ',')
    .replace(/#/g, 'no. ')
    .replace(/%%+/g, '%')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/&/g, '＆');
  return (actor ? safe.replace(/,/g, ' ') : safe).replace(/\s+/g, ' ').trim();
}

/**
 * A task's name as the start of its line: a zero-width space before a keyword or "%" keeps
 * the words a name (Mermaid has no escape inside a journey line) and draws nothing.
 */
export function mermaidTaskName(name: string): string {
  return STATEMENT_START.test(name) ? `\u200b${name}` : name;
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
      // The name is guarded whole: "Title" becomes a statement once " (not rated)" follows.
      const name = `${mermaidText(t.title) || 'Touchpoint'}${t.emotion === null ? ' (not rated)' : ''}`;
      lines.push(`    ${mermaidTaskName(name)}: ${mermaidScore(t.emotion ?? 0)}: ${actor}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
