import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById, labelOf, shortcutLabel } from './commands';
import { useDocument, useDocumentStore, useReadOnly } from './documentContext';
import { useCommandContext } from './palette/commandContext';
import { SaveStatus } from './SaveStatus';
import { useFocusRequest } from './inspector/useFocusRequest';
import { useRef } from 'react';
import { ThemeToggle } from './theme/ThemeToggle';
import { ToolbarOverflow } from './ToolbarOverflow';
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
  wide = false,
  title = children,
}: {
  id: EditorCommandId;
  disabled: boolean;
  children: string;
  /** Hidden below 1280 px, where the overflow menu offers it. */
  wide?: boolean;
  /** The tooltip, before the shortcut (if the command has one). */
  title?: string;
}) {
  const ctx = useCommandContext();
  const command = commandById(id);
  const shortcut = command.shortcuts[0];
  return (
    <button
      type="button"
      className={wide ? 'toolbar-text-button toolbar-wide' : 'toolbar-text-button'}
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
          className="toolbar-text-button toolbar-wide"
          title="Opportunity backlog: every journey's opportunities, to sort, edit and export"
          onClick={() => commandById('backlog').run(ctx)}
        >
          Backlog
        </button>
        <button
          type="button"
          className="toolbar-text-button toolbar-wide"
          title="Research sources: the interviews, surveys and other research cards cite and quote"
          onClick={() => commandById('sources').run(ctx)}
        >
          Sources
        </button>
        <TextCommandButton id="import" disabled={readOnly} wide>
          Import
        </TextCommandButton>
        <TextCommandButton id="export" disabled={!journeyId} wide>
          Export
        </TextCommandButton>
        <TextCommandButton
          id="room"
          disabled={!journeyId}
          wide
          title="Room: let the room take part from their phones"
        >
          Room
        </TextCommandButton>
        <TextCommandButton id="present" disabled={!journeyId}>
          Present
        </TextCommandButton>
        <ToolbarOverflow
          items={[
            { id: 'insights', label: 'Insights', disabled: !journeyId },
            { id: 'backlog', label: 'Backlog', disabled: false },
            { id: 'sources', label: 'Research sources', disabled: false },
            { id: 'import', label: 'Import', disabled: readOnly },
            { id: 'export', label: 'Export', disabled: !journeyId },
            { id: 'room', label: 'Room', disabled: !journeyId },
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
