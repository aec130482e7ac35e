import { useEffect, type ReactNode } from 'react';
import { useCommandContext, usePanels } from '../palette/commandContext';
import { PresentationView } from './PresentationView';

/**
 * The editor, or the presentation in its place. The editor stays mounted (hidden) so its
 * viewport, selection and scroll are as they were when the presentation ends.
 */
export function PresentGate({ children }: { children: ReactNode }) {
  const presenting = usePanels((s) => s.open === 'present');
  const close = usePanels((s) => s.close);
  useFocusComesBack();
  return (
    <>
      <div className="present-gate" hidden={presenting}>
        {children}
      </div>
      {presenting && <PresentationView onLeave={close} />}
    </>
  );
}

/**
 * Hiding the editor drops its focus; leaving puts it back on what had it (the selected card),
 * so the keyboard carries on where it was. Taken from the store as it changes, before React
 * hides anything.
 */
function useFocusComesBack() {
  const { panels } = useCommandContext();
  useEffect(() => {
    if (!panels) return;
    let returnTo: HTMLElement | null = null;
    return panels.subscribe((now, before) => {
      if (now.open === 'present' && before.open !== 'present') {
        returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      } else if (now.open !== 'present' && before.open === 'present') {
        const target = returnTo;
        returnTo = null;
        // After React has shown the editor again.
        requestAnimationFrame(() => {
          if (target?.isConnected) target.focus({ preventScroll: true });
        });
      }
    });
  }, [panels]);
}
