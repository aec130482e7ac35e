import type { EditorCommandId } from '../../../shared/commands/registry';
import { commandById, labelOf, withKeyHint } from './commands';
import { useDocument, useDocumentStore, useReadOnly } from './documentContext';
import { useCommandContext } from './palette/commandContext';
import { SaveStatus } from './SaveStatus';
import { useFocusRequest } from './inspector/useFocusRequest';
import { useRef } from 'react';
import { ThemeToggle } from './theme/ThemeToggle';
import { ToolbarTextCommands } from './ToolbarTextCommands';
import { ViewSwitch } from './table/ViewSwitch';

function CommandButton({ id, icon }: { id: EditorCommandId; icon: string }) {
  const ctx = useCommandContext();
  const command = commandById(id);
  // Re-render when the history, selection or journey changes, so states and labels stay true.
  useDocument((s) => s.history);
  useDocument((s) => s.selection);
  useDocument((s) => s.journeyId);
  const label = labelOf(command, ctx);
  const title = withKeyHint(label, command);
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

export function TopBar({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const nameRef = useRef<HTMLInputElement>(null);
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
        <CommandButton id="search" icon="⌕" />
        <ToolbarTextCommands hasJourney={Boolean(journeyId)} readOnly={readOnly} />
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
