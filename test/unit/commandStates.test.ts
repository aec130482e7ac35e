import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EDITOR_COMMAND_IDS,
  EDITOR_MENU_COMMAND_IDS,
  type EditorCommandId,
} from '../../shared/commands/registry';
import {
  commandById,
  COMMANDS,
  enabledMenuCommands,
  type CommandContext,
} from '../../renderer/src/editor/commands';
import { CARD_MENU } from '../../shared/commands/cardMenu';
import { connectTouchpoints } from '../../renderer/src/editor/actions';
import { createDocumentStore } from '../../renderer/src/editor/documentStore';
import { createPanelStore } from '../../renderer/src/editor/palette/panelStore';
import { closeTestDocument, openTestDocument, type TestDocument } from './inProcessApi';

/** The commands that change the document: all off in a read-only project. */
const EDITS: EditorCommandId[] = [
  'cut',
  'paste',
  'duplicate',
  'delete',
  'add-touchpoint',
  'add-stage',
  'add-card-to-lane',
  'connect-to',
  'import',
  'nudge-up',
  'nudge-down',
  'nudge-left',
  'nudge-right',
  'table-add-row',
  'table-delete-row',
];

/** A shown table that could add and delete a row (the table lends these, useRowCommands.ts). */
const TABLE = { canAddRow: true, canDeleteRow: true, addRow: () => {}, deleteRow: () => {} };

const view = { zoomIn: () => {}, zoomOut: () => {}, fitView: () => {} };
const enabledIds = (ctx: CommandContext) =>
  EDITOR_COMMAND_IDS.filter((id) => commandById(id).enabled(ctx));

describe('command enabled states', () => {
  let opened: TestDocument;
  let ctx: CommandContext;

  beforeEach(async () => {
    opened = await openTestDocument();
    ctx = { store: opened.store, panels: createPanelStore(), view };
  });
  afterEach(() => closeTestDocument(opened));

  it('has one registry command for each declared editor command, in declaration order', () => {
    expect(COMMANDS.map((c) => c.id)).toEqual(EDITOR_COMMAND_IDS);
    // @ts-expect-error A misspelt id does not compile (and would throw at runtime).
    expect(() => commandById('undoo')).toThrow('No command undoo');
  });

  it('follows the history and the selection', () => {
    const enabled = () => enabledIds(ctx);
    expect(enabled()).not.toEqual(expect.arrayContaining(['undo']));
    expect(enabled()).toEqual(expect.arrayContaining(['add-touchpoint', 'add-stage', 'export']));
    for (const id of ['undo', 'redo', 'copy', 'cut', 'duplicate', 'delete', 'deselect'] as const) {
      expect(enabled(), id).not.toContain(id);
    }

    commandById('add-touchpoint').run(ctx);
    const { selection, history } = opened.store.getState();
    expect(selection?.kind).toBe('touchpoint');
    expect(history.undo).toHaveLength(1);
    expect(enabled()).toEqual(
      expect.arrayContaining(['undo', 'copy', 'cut', 'duplicate', 'delete', 'deselect']),
    );
    expect(enabled()).not.toContain('redo');

    commandById('undo').run(ctx);
    expect(enabled()).toContain('redo');
    expect(enabled()).not.toContain('undo');
  });

  it('offers "Connect to…" with one card selected and another to connect it to', () => {
    const canConnect = () => commandById('connect-to').enabled(ctx);
    expect(canConnect()).toBe(false);
    commandById('add-touchpoint').run(ctx);
    const first = opened.store.getState().selection;
    // One card alone: nothing to connect it to.
    expect(canConnect()).toBe(false);
    commandById('add-touchpoint').run(ctx);
    expect(canConnect()).toBe(true);
    commandById('connect-to').run(ctx);
    expect(ctx.panels?.getState().open).toBe('connect');
    commandById('select-all').run(ctx);
    // Two cards selected: which one would the arrow start from?
    expect(canConnect()).toBe(false);
    opened.store.getState().select(first);
    expect(canConnect()).toBe(true);
    expect(commandById('add-card-to-lane').enabled(ctx)).toBe(true);
    commandById('add-card-to-lane').run(ctx);
    expect(ctx.panels?.getState().open).toBe('add-card');
  });

  it('offers the card menu with a card selected, where the editor is mounted', () => {
    const canOpen = () => commandById('card-menu').enabled(ctx);
    expect(canOpen()).toBe(false);
    commandById('add-touchpoint').run(ctx);
    expect(canOpen()).toBe(true);
    expect(commandById('card-menu').enabled({ store: opened.store })).toBe(false);
  });

  it('offers in the card menu only commands that act on a selected card', () => {
    commandById('add-touchpoint').run(ctx);
    commandById('add-touchpoint').run(ctx);
    const offered = CARD_MENU.flat();
    expect(offered).toEqual(['connect-to', 'copy', 'cut', 'duplicate', 'delete']);
    expect(offered.filter((id) => !commandById(id).enabled(ctx))).toEqual([]);
  });

  it('stops offering "Connect to…" once the card it offered is connected, and offers it again after an undo', () => {
    const canConnect = () => commandById('connect-to').enabled(ctx);
    commandById('add-touchpoint').run(ctx);
    const first = opened.store.getState().selection!;
    commandById('add-touchpoint').run(ctx);
    const second = opened.store.getState().selection!.ids[0]!;
    opened.store.getState().select(first);
    // The second card is offered, and remembered as the one to try first next time.
    expect(canConnect()).toBe(true);
    connectTouchpoints(opened.store, first.ids[0]!, second);
    opened.store.getState().select(first);
    expect(canConnect()).toBe(false);
    commandById('undo').run(ctx);
    opened.store.getState().select(first);
    expect(canConnect()).toBe(true);
  });

  it('offers the row commands only while a table that can do them is shown', () => {
    const rowCommands = () => enabledIds(ctx).filter((id) => id.startsWith('table-'));
    expect(rowCommands()).toEqual([]);
    ctx.panels?.getState().setTable({ ...TABLE, canDeleteRow: false });
    expect(rowCommands()).toEqual(['table-add-row']);
    ctx.panels?.getState().setTable(TABLE);
    expect(rowCommands()).toEqual(['table-add-row', 'table-delete-row']);
    ctx.panels?.getState().setTable(null);
    expect(rowCommands()).toEqual([]);
  });

  it('leaves what needs the canvas or the panels off where the editor is not mounted', () => {
    const bare = enabledIds({ store: opened.store });
    for (const id of ['zoom-in', 'zoom-fit', 'palette', 'search', 'export', 'present'] as const) {
      expect(bare, id).not.toContain(id);
      expect(enabledIds(ctx), id).toContain(id);
    }
  });

  it('turns every edit off in a read-only project, and keeps viewing and exporting on', async () => {
    // A card to select and copy first, so only read-only-ness can turn the edits off.
    commandById('add-touchpoint').run(ctx);
    commandById('copy').run(ctx);
    const project = await opened.api['project.load']({});
    const reason = 'The project file is read-only. You can view, present and export it.';
    const store = createDocumentStore({ ...project, readOnly: { reason } }, opened.api);
    store.getState().select(opened.store.getState().selection);
    const readOnly = { ...ctx, store };
    ctx.panels?.getState().setTable(TABLE);

    const enabled = enabledIds(readOnly);
    for (const id of EDITS) expect(enabled, id).not.toContain(id);
    expect(enabled).toEqual(
      expect.arrayContaining(['copy', 'select-all', 'search', 'export', 'present', 'palette']),
    );
    // The same card in the writable store: each edit is on (a lone card in the first stage
    // can only move right, and has no other card to connect to).
    const movable = EDITS.filter(
      (id) => (!id.startsWith('nudge-') || id === 'nudge-right') && id !== 'connect-to',
    );
    expect(enabledIds(ctx)).toEqual(expect.arrayContaining(movable));

    // The desktop menu hears the same: its edit items go grey.
    const menu = enabledMenuCommands(readOnly);
    expect(menu).toEqual(EDITOR_MENU_COMMAND_IDS.filter((id) => enabled.includes(id)));
    expect(menu).not.toContain('add-touchpoint');
    expect(menu).toContain('export');
    await store.getState().closeDocument();
  });
});
