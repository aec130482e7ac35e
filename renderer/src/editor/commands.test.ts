// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { stagesOf } from '../../../shared/model/doc';
import { EMPTY_FILTER } from '../../../shared/model/filter';
import { documentPerTest } from '../../../test/unit/inProcessApi';
import { handleShortcut, isMac, type CommandContext } from './commands';
import { createPanelStore } from './palette/panelStore';

const opened = documentPerTest();
const context = (): CommandContext => ({ store: opened.store, panels: createPanelStore() });

afterEach(() => document.body.replaceChildren());

/** A canvas with a text field on it, as the card title editor puts one there. */
function page() {
  const canvas = document.createElement('div');
  canvas.className = 'react-flow';
  const field = document.createElement('input');
  const outside = document.createElement('button');
  canvas.append(field);
  document.body.append(canvas, outside);
  return { canvas, field, outside };
}

/** Presses a key on `target` and routes it as the editor does. */
function press(
  target: Element,
  key: string,
  { mod = false, shift = false }: { mod?: boolean; shift?: boolean } = {},
) {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    cancelable: true,
    shiftKey: shift,
    ctrlKey: mod && !isMac(),
    metaKey: mod && isMac(),
  });
  let handled: boolean | undefined;
  const route = (e: Event) => (handled = handleShortcut(context(), e as KeyboardEvent));
  document.addEventListener('keydown', route);
  target.dispatchEvent(event);
  document.removeEventListener('keydown', route);
  return { handled, prevented: event.defaultPrevented };
}

const stageCount = () => {
  const { doc, journeyId } = opened.store.getState();
  return stagesOf(doc, journeyId).length;
};

describe('routing a key press to a command', () => {
  it('runs a canvas command (Delete) on the canvas, never while typing in a field', () => {
    const { canvas, field } = page();
    const { store } = opened;
    const before = stageCount();
    const [first] = stagesOf(store.getState().doc, store.getState().journeyId);
    store.getState().select({ kind: 'stage', ids: [first!.id] });

    expect(press(field, 'Delete')).toEqual({ handled: false, prevented: false });
    expect(stageCount()).toBe(before);
    expect(press(canvas, 'Delete')).toEqual({ handled: true, prevented: true });
    expect(stageCount()).toBe(before - 1);
  });

  it('runs an "anywhere" command (undo) even from a text field', () => {
    const { field, outside } = page();
    const before = stageCount();
    expect(press(outside, 'N', { shift: true })).toEqual({ handled: true, prevented: true });
    expect(stageCount()).toBe(before + 1);
    expect(press(field, 'z', { mod: true })).toEqual({ handled: true, prevented: true });
    expect(stageCount()).toBe(before);
  });

  it('tries commands that share a key in order and runs the first enabled one', () => {
    const { canvas } = page();
    const { store } = opened;
    const [first] = stagesOf(store.getState().doc, store.getState().journeyId);
    store.getState().select({ kind: 'stage', ids: [first!.id] });
    store.getState().setFilter({ ...EMPTY_FILTER, text: 'x' });
    // Escape: first "Clear selection", then, with nothing selected, "Clear search".
    expect(press(canvas, 'Escape').handled).toBe(true);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().filter).not.toBeNull();
    expect(press(canvas, 'Escape').handled).toBe(true);
    expect(store.getState().filter).toBeNull();
  });

  it('keeps a matched key from the browser even when its command has nothing to do', () => {
    const { canvas } = page();
    const before = opened.store.getState().doc;
    // Ctrl+D must not bookmark the page when no card is selected to duplicate.
    expect(press(canvas, 'd', { mod: true })).toEqual({ handled: true, prevented: true });
    expect(opened.store.getState().doc).toBe(before);
    expect(press(canvas, 'q')).toEqual({ handled: false, prevented: false });
  });
});
