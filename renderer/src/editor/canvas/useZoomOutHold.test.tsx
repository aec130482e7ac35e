// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { ReactFlowProvider, useStoreApi } from '@xyflow/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CardBox, JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { HOLD_MS, useZoomOutHold } from './useZoomOutHold';

afterEach(cleanup);

/** Card `a` on screen at zoom 1 in an 800 x 600 pane, card `b` far to its right. */
const LAYOUT = {
  cards: [
    { id: 'a', x: 100, y: 100, width: 200, height: 80 },
    { id: 'b', x: 3000, y: 100, width: 200, height: 80 },
  ] as CardBox[],
} as JourneyLayout;

function mount(zoom: number) {
  const seen: { held: ReadonlySet<string> | null; pane: HTMLElement | null } = {
    held: null,
    pane: null,
  };
  function Probe() {
    const rf = useStoreApi();
    rf.setState({ transform: [0, 0, zoom], width: 800, height: 600 });
    const container = useRef<HTMLDivElement>(null);
    seen.held = useZoomOutHold(container, LAYOUT);
    return (
      <div ref={container}>
        <div ref={(el) => void (seen.pane = el)} className="react-flow__pane" />
      </div>
    );
  }
  render(
    <ReactFlowProvider>
      <Probe />
    </ReactFlowProvider>,
  );
  const wheel = (deltaY: number) =>
    act(() => {
      seen.pane!.dispatchEvent(new WheelEvent('wheel', { deltaY, bubbles: true }));
    });
  return { seen, wheel };
}

describe('useZoomOutHold', () => {
  it('holds the cards on screen from the first notch out, at once', () => {
    const { seen, wheel } = mount(1);
    expect(seen.held).toBeNull();
    wheel(100);
    expect([...seen.held!]).toEqual(['a']);
    // Further notches keep the first hold.
    wheel(100);
    expect([...seen.held!]).toEqual(['a']);
  });

  it('lets go when the wheel turns to zoom in', () => {
    const { seen, wheel } = mount(1);
    wheel(100);
    wheel(-100);
    expect(seen.held).toBeNull();
  });

  it('lets go once the wheel has been still for HOLD_MS', async () => {
    const { seen, wheel } = mount(1);
    wheel(100);
    await act(() => new Promise((done) => setTimeout(done, HOLD_MS + 50)));
    expect(seen.held).toBeNull();
  });

  it('holds nothing far out, where every card is a shape already', () => {
    const { seen, wheel } = mount(0.3);
    wheel(100);
    expect(seen.held).toBeNull();
  });
});
