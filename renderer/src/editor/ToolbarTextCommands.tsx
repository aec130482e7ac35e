import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById, withKeyHint } from './commands';
import { useCommandContext } from './palette/commandContext';
import { ToolbarOverflow, type OverflowTier } from './ToolbarOverflow';

/** What a worded toolbar command needs to be enabled. */
type Needs = 'journey' | 'writable' | 'nothing';

/** A worded toolbar button, declared once for the bar and for "More ▾". */
export interface TextCommand {
  id: EditorCommandId;
  label: string;
  /** The tooltip, before the shortcut (if the command has one); the label when left out. */
  title?: string;
  /** Its name in "More ▾", when the label is too short to say it there. */
  menuLabel?: string;
  /** When it waits in "More ▾" instead (ToolbarOverflow.tsx); always shown without. */
  tier?: OverflowTier;
  needs: Needs;
}

const TEXT_COMMANDS: readonly TextCommand[] = [
  { id: 'add-stage', label: '+ Stage', title: 'Add a stage', needs: 'writable' },
  {
    id: 'insights',
    label: 'Insights',
    title: 'Insights: health score, stage figures, charts',
    tier: 'wide',
    needs: 'journey',
  },
  {
    id: 'backlog',
    label: 'Backlog',
    title: "Opportunity backlog: every journey's opportunities, to sort, edit and export",
    tier: 'wider',
    needs: 'nothing',
  },
  {
    id: 'sources',
    label: 'Sources',
    menuLabel: 'Research sources',
    title: 'Research sources: the interviews, surveys and other research cards cite and quote',
    tier: 'wider',
    needs: 'nothing',
  },
  { id: 'import', label: 'Import', tier: 'wide', needs: 'writable' },
  { id: 'export', label: 'Export', tier: 'wide', needs: 'journey' },
  {
    id: 'room',
    label: 'Room',
    title: 'Room: let the room take part from their phones',
    tier: 'wider',
    needs: 'journey',
  },
  { id: 'present', label: 'Present', needs: 'journey' },
];

/** A registry command as a worded button, its shortcut in the tooltip (the table's too). */
export function TextCommandButton({
  command: c,
  disabled,
}: {
  command: TextCommand;
  disabled: boolean;
}) {
  const ctx = useCommandContext();
  const command = commandById(c.id);
  const title = c.title ?? c.label;
  return (
    <button
      type="button"
      className={c.tier ? `toolbar-text-button toolbar-${c.tier}` : 'toolbar-text-button'}
      title={withKeyHint(title, command)}
      disabled={disabled}
      onClick={() => command.run(ctx)}
    >
      {c.label}
    </button>
  );
}

/** The toolbar's worded commands, then "More ▾" with those the width hides. */
export function ToolbarTextCommands({
  hasJourney,
  readOnly,
}: {
  hasJourney: boolean;
  readOnly: boolean;
}) {
  const disabled = (needs: Needs) =>
    needs === 'journey' ? !hasJourney : needs === 'writable' ? readOnly : false;
  return (
    <>
      {TEXT_COMMANDS.map((c) => (
        <TextCommandButton key={c.id} command={c} disabled={disabled(c.needs)} />
      ))}
      <ToolbarOverflow
        items={TEXT_COMMANDS.flatMap((c) =>
          c.tier
            ? [
                {
                  id: c.id,
                  label: c.menuLabel ?? c.label,
                  disabled: disabled(c.needs),
                  tier: c.tier,
                },
              ]
            : [],
        )}
      />
    </>
  );
}
