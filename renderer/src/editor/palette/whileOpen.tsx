import type { ComponentType } from 'react';
import { usePanel } from './commandContext';
import type { Panel } from './panelStore';

/** A component that shows `Content` while `panel` is open, handing it how to close the panel. */
export function whileOpen(panel: Panel, Content: ComponentType<{ onClose: () => void }>) {
  return function WhileOpen() {
    const { open, close } = usePanel(panel);
    return open ? <Content onClose={close} /> : null;
  };
}
