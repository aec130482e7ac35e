import { COMMAND_GROUPS } from '../../../../shared/commands/registry';
import { COMMANDS, shortcutLabel } from '../commands';
import { usePanel } from './commandContext';
import { Modal, ModalHeader } from './Modal';

export function ShortcutsSheet() {
  const { open, close } = usePanel('shortcuts');
  if (!open) return null;
  return (
    <Modal label="Keyboard shortcuts" className="shortcuts-sheet" onClose={close}>
      <ModalHeader title="Keyboard shortcuts" onClose={close} focusClose />
      <div className="sheet-groups">
        {COMMAND_GROUPS.map((group) => (
          <section key={group} className="sheet-group" aria-label={group}>
            <h3>{group}</h3>
            <dl>
              {COMMANDS.filter((c) => c.group === group && c.shortcuts.length > 0).map((c) => (
                <div key={c.id} className="sheet-row" data-command={c.id}>
                  <dt>{c.label}</dt>
                  <dd>
                    {c.shortcuts.map((s) => (
                      <kbd key={shortcutLabel(s)}>{shortcutLabel(s)}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
