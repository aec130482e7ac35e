// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { lanesOf, stagesOf } from '../../../../shared/model/doc';
import { makeTouchpoint } from '../../../../shared/model/factories';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import { documentPerTest } from '../../../../test/unit/inProcessApi';
import { handleShortcut, type CommandContext } from '../commands';
import { DocumentStoreContext } from '../documentContext';
import type { DocumentStore } from '../documentStore';
import { CommandContextContext } from '../palette/commandContext';
import { createPanelStore } from '../palette/panelStore';
import { TableView } from './TableView';

const opened = documentPerTest();

let stopShortcuts = () => {};
afterEach(() => {
  cleanup();
  stopShortcuts();
});

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

/** The table with the editor's commands around it, their shortcuts routed as CommandLayer does. */
function renderTable(store: DocumentStore) {
  const ctx: CommandContext = { store, panels: createPanelStore() };
  const onKeyDown = (e: KeyboardEvent) => handleShortcut(ctx, e);
  window.addEventListener('keydown', onKeyDown);
  stopShortcuts = () => window.removeEventListener('keydown', onKeyDown);
  render(
    <DocumentStoreContext.Provider value={store}>
      <CommandContextContext.Provider value={ctx}>
        <div style={{ width: 1200, height: 600, display: 'flex' }}>
          <TableView />
        </div>
      </CommandContextContext.Provider>
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

  it('Ctrl+Enter adds a card below the active row, editing its title; one undo removes it', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    const before = undoSteps(store);
    fireEvent.keyDown(grid, { key: 'Enter', ctrlKey: true });
    const input = within(grid).getByRole('textbox', { name: 'Title, editing' });
    fireEvent.change(input, { target: { value: 'Reads the welcome mail' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const added = Object.values(store.getState().doc.touchpoints).find(
      (t) => t.title === 'Reads the welcome mail',
    )!;
    // In t0's cell, between t0 and t1, so the map shows it there too.
    expect(added.stageId).toBe(card(store, 't0').stageId);
    expect(added.laneId).toBe(card(store, 't0').laneId);
    expect(added.orderKey > 'a0' && added.orderKey < 'a1').toBe(true);
    expect(grid.getAttribute('aria-rowcount')).toBe('5');
    expect(undoSteps(store)).toBe(before + 2); // the add, then the title
    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(store.getState().doc.touchpoints[added.id]).toBeUndefined();
  });

  it('Ctrl+Enter in a title being typed commits it and adds the next row below', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    fireEvent.keyDown(grid, { key: 'Enter', ctrlKey: true });
    for (const title of ['One', 'Two']) {
      const input = within(grid).getByRole('textbox', { name: 'Title, editing' });
      fireEvent.change(input, { target: { value: title } });
      fireEvent.keyDown(input, { key: 'Enter', ctrlKey: title === 'One' });
    }
    const titles = within(grid)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('[data-column="title"]')?.textContent);
    expect(titles).toEqual(['Sees an ad', 'One', 'Two', 'Visits the site', 'Signs up']);
  });

  it('Ctrl+Delete deletes the active row and the cursor goes to the next; Delete only empties', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Delete', ctrlKey: true });
    expect(store.getState().doc.touchpoints.t1).toBeUndefined();
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    // Row 2 is now "Signs up", the row after the deleted one.
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r2-c2$/);
    expect(within(grid).getAllByRole('row')[2]!.getAttribute('data-card-id')).toBe('t2');
    expect(screen.getByRole('status').textContent).toBe('Deleted "Visits the site".');
    fireEvent.keyDown(grid, { key: 'Delete', ctrlKey: true });
    // The last row gone: the cursor goes up to the previous one.
    expect(grid.getAttribute('aria-activedescendant')).toMatch(/-r1-c2$/);
    act(() => store.getState().undo());
    expect(card(store, 't2').title).toBe('Signs up');
    // Delete alone empties the cell, the card stays.
    fireEvent.keyDown(grid, { key: 'Delete' });
    expect(card(store, 't0').title).toBe('');
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
  });

  it('a row added under a filter stays shown below its row until the filter changes', () => {
    const { store } = opened;
    seed(store);
    const grid = renderTable(store);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rows' }), {
      target: { value: 'site' },
    });
    expect(grid.getAttribute('aria-rowcount')).toBe('2');
    fireEvent.keyDown(grid, { key: 'Enter', ctrlKey: true });
    const input = within(grid).getByRole('textbox', { name: 'Title, editing' });
    fireEvent.change(input, { target: { value: 'Compares plans' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const rows = within(grid).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.any(String),
      expect.stringContaining('Visits the site'),
      expect.stringContaining('Compares plans'),
    ]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter rows' }), {
      target: { value: 'sit' },
    });
    expect(grid.getAttribute('aria-rowcount')).toBe('2');
  });

  it('a read-only project offers neither row command', () => {
    const { store } = opened;
    seed(store);
    store.setState({ locked: 'read_only' });
    const grid = renderTable(store);
    expect(screen.getByRole('button', { name: '+ Row' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Delete row' }).hasAttribute('disabled')).toBe(true);
    fireEvent.keyDown(grid, { key: 'Delete', ctrlKey: true });
    fireEvent.keyDown(grid, { key: 'Enter', ctrlKey: true });
    expect(Object.keys(store.getState().doc.touchpoints)).toHaveLength(3);
  });
});
