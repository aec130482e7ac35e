import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById, labelOf, shortcutLabel } from './commands';
import { useDocument, useDocumentStore, useReadOnly } from './documentContext';
import { useCommandContext } from './palette/commandContext';
import { SaveStatus } from './SaveStatus';
import { useFocusRequest } from './inspector/useFocusRequest';
import { useRef } from 'react';
import { ThemeToggle } from './theme/ThemeToggle';
import { ToolbarOverflow, type OverflowTier } from './ToolbarOverflow';
import { ViewSwitch } from './table/ViewSwitch';

function CommandButton({ id, icon }: { id: EditorCommandId; icon: string }) {
  const ctx = useCommandContext();
  const command = commandById(id);
  // Re-render when the history, selection or journey changes, so states and labels stay true.
  useDocument((s) => s.history);
  useDocument((s) => s.selection);
  useDocument((s) => s.journeyId);
  const shortcut = command.shortcuts[0];
  const label = labelOf(command, ctx);
  const title = shortcut ? `${label} (${shortcutLabel(shortcut)})` : label;
  return (
    <button
      type="button"
      className="toolbar-button"
      title={title}
      aria-label={label}
      disabled={!command.enabled(ctx)}
      onClick={() => command.run(ctx)}
    >
      <span aria-hidden="true">{icon}</span>
    </button>
  );
}

/** A worded toolbar button for a command, its shortcut in the tooltip. */
function TextCommandButton({
  id,
  disabled,
  children,
  tier,
  title = children,
}: {
  id: EditorCommandId;
  disabled: boolean;
  children: string;
  /** When it waits in "More ▾" instead (ToolbarOverflow.tsx); always shown without. */
  tier?: OverflowTier;
  /** The tooltip, before the shortcut (if the command has one). */
  title?: string;
}) {
  const ctx = useCommandContext();
  const command = commandById(id);
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button"
      className={tier ? `toolbar-text-button toolbar-${tier}` : 'toolbar-text-button'}
      title={shortcut ? `${title} (${shortcutLabel(shortcut)})` : title}
      disabled={disabled}
      onClick={() => command.run(ctx)}
    >
      {children}
    </button>
  );
}

export function TopBar({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const nameRef = useRef<HTMLInputElement>(null);
  const ctx = useCommandContext();
  const projectName = useDocument((s) => s.doc.info.name);
  const journeyName = useDocument((s) => s.doc.journeys[s.journeyId]?.name ?? '');
  const journeyId = useDocument((s) => s.journeyId);
  const readOnly = useReadOnly();
  // "Rename journey" (the palette) puts the focus here.
  useFocusRequest(journeyId, 'name', nameRef);
  return (
    <header className="topbar">
      <img className="brand-mark" src="./icon.svg" alt="" />
      <div className="topbar-titles">
        <span className="project-name" title={store.getState().path}>
          {projectName}
        </span>
        {/* A project whose journeys were all deleted has no journey name to edit. */}
        {journeyId && (
          <>
            <span className="title-sep" aria-hidden="true">
              /
            </span>
            <input
              ref={nameRef}
              className="journey-name"
              aria-label="Journey name"
              value={journeyName}
              readOnly={readOnly}
              maxLength={200}
              onChange={(e) =>
                store
                  .getState()
                  .dispatch(
                    { type: 'updateJourney', id: journeyId, patch: { name: e.target.value } },
                    { mergeKey: `journey-name:${journeyId}` },
                  )
              }
            />
          </>
        )}
      </div>
      <div className="toolbar">
        <ViewSwitch />
        <CommandButton id="undo" icon="↶" />
        <CommandButton id="redo" icon="↷" />
        <button
          type="button"
          className="toolbar-text-button"
          disabled={readOnly}
          onClick={() => commandById('add-stage').run(ctx)}
        >
          + Stage
        </button>
        <CommandButton id="search" icon="⌕" />
        <button
          type="button"
          className="toolbar-text-button toolbar-wide"
          title="Insights: health score, stage figures, charts"
          disabled={!journeyId}
          onClick={() => commandById('insights').run(ctx)}
        >
          Insights
        </button>
        <button
          type="button"
          className="toolbar-text-button toolbar-wider"
          title="Opportunity backlog: every journey's opportunities, to sort, edit and export"
          onClick={() => commandById('backlog').run(ctx)}
        >
          Backlog
        </button>
        <button
          type="button"
          className="toolbar-text-button toolbar-wider"
          title="Research sources: the interviews, surveys and other research cards cite and quote"
          onClick={() => commandById('sources').run(ctx)}
        >
          Sources
        </button>
        <TextCommandButton id="import" disabled={readOnly} tier="wide">
          Import
        </TextCommandButton>
        <TextCommandButton id="export" disabled={!journeyId} tier="wide">
          Export
        </TextCommandButton>
        <TextCommandButton
          id="room"
          disabled={!journeyId}
          tier="wider"
          title="Room: let the room take part from their phones"
        >
          Room
        </TextCommandButton>
        <TextCommandButton id="present" disabled={!journeyId}>
          Present
        </TextCommandButton>
        <ToolbarOverflow
          items={[
            { id: 'insights', label: 'Insights', disabled: !journeyId, tier: 'wide' },
            { id: 'backlog', label: 'Backlog', disabled: false, tier: 'wider' },
            { id: 'sources', label: 'Research sources', disabled: false, tier: 'wider' },
            { id: 'import', label: 'Import', disabled: readOnly, tier: 'wide' },
            { id: 'export', label: 'Export', disabled: !journeyId, tier: 'wide' },
            { id: 'room', label: 'Room', disabled: !journeyId, tier: 'wider' },
          ]}
        />
      </div>
      <div className="topbar-right">
        <SaveStatus />
        <ThemeToggle />
        <CommandButton id="palette" icon="⌘" />
        <CommandButton id="shortcuts" icon="?" />
        <button type="button" className="toolbar-text-button" onClick={onClose}>
          Close project
        </button>
      </div>
    </header>
  );
}
