import { Fragment } from 'react';

/**
 * "— P7 · Guest interviews · 2026-03-02": each part kept on one line (a date never breaks),
 * lines breaking only between parts, the dash staying with the first.
 */
export function Byline({ parts, className }: { parts: readonly string[]; className: string }) {
  if (parts.length === 0) return null;
  return (
    <span className={className}>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <span className="byline-part">{i === 0 ? `—\u00a0${part}` : part}</span>
        </Fragment>
      ))}
    </span>
  );
}
