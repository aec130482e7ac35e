import type { ReactNode } from 'react';
import { usePanels } from '../palette/commandContext';
import { PresentationView } from './PresentationView';

/**
 * The editor, or the presentation in its place. The editor stays mounted (hidden) so its
 * viewport, selection and scroll are as they were when the presentation ends.
 */
export function PresentGate({ children }: { children: ReactNode }) {
  const presenting = usePanels((s) => s.open === 'present');
  const close = usePanels((s) => s.close);
  return (
    <>
      <div className="present-gate" hidden={presenting}>
        {children}
      </div>
      {presenting && <PresentationView onLeave={close} />}
    </>
  );
}
