/** "— P7 · Guest interviews · 2026-03-02", each part kept on one line (a date never breaks). */
export function Byline({ parts, className }: { parts: readonly string[]; className: string }) {
  if (parts.length === 0) return null;
  return (
    <span className={className}>
      —{' '}
      {parts.map((part, i) => (
        <span key={i} className="byline-part">
          {i > 0 && ' · '}
          {part}
        </span>
      ))}
    </span>
  );
}
