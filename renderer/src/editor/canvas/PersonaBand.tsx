import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { PersonaNode } from './nodeTypes';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Quote marks around a quote, unless its author typed them. */
const quoted = (text: string) => (/^["“„«']/.test(text.trim()) ? text : `“${text}”`);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '');
}

function PersonaList({ title, text }: { title: string; text: string }) {
  const items = lines(text);
  if (items.length === 0) return null;
  return (
    <div className="persona-list">
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** The persona the journey is for, at the head of the map. */
export const PersonaBand = memo(function PersonaBand({ data }: NodeProps<PersonaNode>) {
  const { persona } = data;
  return (
    <section
      className="persona-band"
      style={{ ['--persona-color' as string]: persona.color }}
      data-testid="persona-band"
      aria-label={`Persona: ${persona.name}`}
    >
      <div className="persona-id">
        <span className="persona-avatar" aria-hidden="true">
          {initials(persona.name).toUpperCase()}
        </span>
        <div>
          <div className="persona-name">{persona.name || 'Unnamed persona'}</div>
          {persona.role && <div className="persona-role">{persona.role}</div>}
          {persona.quote && (
            <blockquote className="persona-quote">{quoted(persona.quote)}</blockquote>
          )}
        </div>
      </div>
      <PersonaList title="Goals" text={persona.goals} />
      <PersonaList title="Needs" text={persona.needs} />
      <PersonaList title="Frustrations" text={persona.frustrations} />
    </section>
  );
});
