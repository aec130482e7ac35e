/**
 * Shows or hides a side panel; says which it will do. The arrow points the way the panel
 * moves: a panel on the left opens rightwards (») and closes leftwards («), one on the right
 * the other way round.
 */
export function PanelToggle({
  noun,
  side,
  collapsed,
  onToggle,
  className = '',
}: {
  /** What the panel holds, in its label: "Show journeys". */
  noun: string;
  side: 'left' | 'right';
  collapsed: boolean;
  onToggle: () => void;
  className?: string;
}) {
  const label = `${collapsed ? 'Show' : 'Hide'} ${noun}`;
  const opensRight = (side === 'left') === collapsed;
  return (
    <button
      type="button"
      className={`sidebar-toggle ${className}`.trim()}
      aria-label={label}
      aria-expanded={!collapsed}
      title={label}
      onClick={onToggle}
    >
      {opensRight ? '»' : '«'}
    </button>
  );
}
