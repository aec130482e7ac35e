// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { makeTouchpoint } from '../../../../shared/model/factories';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import { documentPerTest } from '../../../../test/unit/inProcessApi';
import { DocumentStoreContext } from '../documentContext';
import type { DocumentStore } from '../documentStore';
import { TableView } from './TableView';

const opened = documentPerTest();

afterEach(cleanup);

/** Three touchpoints in the first stage of the new project's journey. */
function seed(store: DocumentStore): string[] {
  const { doc, journeyId } = store.getState();
  const lane = lanesOf(doc, journeyId).find((l) => holdsTouchpoints(l.kind))!;
  const stageId = stagesOf(doc, journeyId)[0]!.id;
  const titles = ['Sees an ad', 'Visits the site', 'Signs up'];
  store.getState().dispatch({
    type: 'insertRows',
    rows: {
      touchpoints: titles.map((title, i) => ({
        ...makeTouchpoint({ id: `t${i}`, journeyId, stageId, laneId: lane.id, title }),
        orderKey: `a${i}`,
      })),
    },
  });
  return titles;
}

function renderTable(store: DocumentStore) {
  render(
    <DocumentStoreContext.Provider value={store}>
      <div style={{ width: 1200, height: 600, display: 'flex' }}>
        <TableView />
      </div>
    </DocumentStoreContext.Provider>,
  );
  return screen.getByRole('grid');
}

const card = (store: DocumentStore, id: string) => store.getState().doc.touchpoints[id]!;
const undoSteps = (store: DocumentStore) => store.getState().history.undo.length;

describe('the table view', () => {
  it('edits a title by keyboard: one op, one undo step, and the map store has it', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    const before = undoSteps(store);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'F2' });
    const input = within(grid).getByRole('textbox', { name: 'Title, editing' });
    fireEvent.change(input, { target: { value: 'Visits the pricing page' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(card(store, 't1').title).toBe('Visits the pricing page');
    expect(undoSteps(store)).toBe(before + 1);
    // Enter moved the cursor down, onto the next card.
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r3-c2$/);
    act(() => store.getState().undo());
    expect(card(store, 't1').title).toBe('Visits the site');
  });

  it('picks an emotion by typing and Enter, and Delete takes it back to not rated', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: '-' });
    const list = screen.getByRole('listbox', { name: 'Emotion: choose' });
    fireEvent.keyDown(list, { key: '2' });
    expect(within(list).getByRole('option', { selected: true }).textContent).toBe('Very negative');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(card(store, 't0').emotion).toBe(-2);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'Delete' });
    expect(card(store, 't0').emotion).toBeNull();
  });

  it('a typed value the CSV import would refuse keeps the editor open with the reason', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    for (let i = 0; i < 8; i++) fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'x' });
    const input = within(grid).getByRole('textbox', { name: 'Tags, editing' });
    fireEvent.change(input, { target: { value: `ok; ${'y'.repeat(70)}` } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(within(grid).getByRole('alert').textContent).toContain('is over 60 characters');
    expect(card(store, 't0').tags).toEqual([]);
  });

  it('pasted rows become cards in one undo step; a bad row is listed by its number first', () => {
    const { store } = opened;
    seed(store);
    const stage = stagesOf(store.getState().doc, store.getState().journeyId)[1]!.name;
    const grid = renderTable(store);
    const before = undoSteps(store);
    const paste = (text: string) =>
      fireEvent.paste(grid, { clipboardData: { getData: () => text } });
    // The active cell is a title: the cells fill Title, then Channel.
    paste('Reads a review\tWebsite\nAsks a friend\tIn person\n');
    const titles = Object.values(store.getState().doc.touchpoints).map((t) => t.title);
    expect(titles).toEqual(expect.arrayContaining(['Reads a review', 'Asks a friend']));
    expect(undoSteps(store)).toBe(before + 1);
    expect(screen.getByTestId('table-count').textContent).toBe('5 rows');

    paste(`Stage\tTitle\tEffort\n${stage}\tCompares plans\t3\n${stage}\tCalls sales\t9\n`);
    const review = screen.getByRole('dialog', { name: 'Paste rows' });
    expect(within(review).getByTestId('import-rejected').textContent).toBe(
      'Row 3: effort "9" is not a whole number from 1 to 7',
    );
    expect(screen.getByTestId('table-count').textContent).toBe('5 rows');
    fireEvent.click(within(review).getByRole('button', { name: 'Add 1 card, skip 1 row' }));
    expect(screen.getByTestId('table-count').textContent).toBe('6 rows');
    expect(undoSteps(store)).toBe(before + 2);
    act(() => store.getState().undo());
    expect(screen.getByTestId('table-count').textContent).toBe('5 rows');
  });
});
