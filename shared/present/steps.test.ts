import { describe, expect, it } from 'vitest';
import { templateJourney } from '../export/svg/exampleDocs';
import { layoutJourney } from '../layout/layoutJourney';
import { PROJECTOR_LAYOUT_THEME } from './projectorTheme';
import {
  indexOfKey,
  nextSection,
  presentKeyAction,
  presentSteps,
  remapStep,
  revealOrder,
  stageStart,
  stepKey,
  type PresentStep,
} from './steps';

const { doc, journeyId } = templateJourney('hotel-example');
const layout = layoutJourney(doc, journeyId, PROJECTOR_LAYOUT_THEME);
const title = (id: string) => doc.touchpoints[id]?.title;

const stageOf = (s: PresentStep | undefined) => (s?.kind === 'stage' ? s.stageIndex : -1);

describe('presentSteps', () => {
  it('is the overview then one step per stage without reveal', () => {
    const steps = presentSteps(layout, false);
    expect(steps).toHaveLength(1 + 5);
    expect(steps[0]).toEqual({ kind: 'overview' });
    expect(steps.slice(1).map(stageOf)).toEqual([0, 1, 2, 3, 4]);
    // Every card of a stage is shown at once.
    for (const s of steps.slice(1)) {
      expect(s.kind === 'stage' && s.revealed === s.cardCount).toBe(true);
    }
  });

  it('with reveal, shows a stage header alone and then one more card per step', () => {
    const steps = presentSteps(layout, true);
    // The worked example has 5 + 6 + 7 + 7 + 6 cards over its stages.
    expect(steps).toHaveLength(1 + (5 + 1) + (6 + 1) + (7 + 1) + (7 + 1) + (6 + 1));
    const plan = steps.filter((s) => stageOf(s) === 0);
    expect(plan.map((s) => (s.kind === 'stage' ? s.revealed : -1))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stageStart(steps, 1)).toBe(1 + 6);
    expect(stageStart(steps, 9)).toBe(0);
  });

  it('reveals a stage lane by lane from the top', () => {
    const plan = layout.stages[0]!.id;
    expect(revealOrder(layout, plan).map(title)).toEqual([
      'Gets the meeting invite',
      'Reads the travel policy',
      '“What am I allowed to spend here?”',
      'Policy is a 40-page PDF',
      'Show the cap inside the booking tool',
    ]);
  });
});

describe('remapStep', () => {
  const plain = presentSteps(layout, false);
  const reveal = presentSteps(layout, true);

  it('keeps the stage when reveal is switched on (from its start) or off (everything)', () => {
    const on = remapStep(plain, 3, reveal);
    expect(reveal[on]).toMatchObject({ kind: 'stage', stageIndex: 2, revealed: 0 });
    const midway = reveal.findIndex(
      (s) => stageOf(s) === 2 && s.kind === 'stage' && s.revealed === 3,
    );
    const off = remapStep(reveal, midway, plain);
    expect(off).toBe(3);
    expect(remapStep(plain, 0, reveal)).toBe(0);
  });
});

describe('presentKeyAction', () => {
  it('maps clicker keys and shortcuts', () => {
    expect(presentKeyAction('ArrowRight', false)).toEqual({ type: 'next' });
    expect(presentKeyAction('PageDown', false)).toEqual({ type: 'next' });
    expect(presentKeyAction(' ', false)).toEqual({ type: 'next' });
    expect(presentKeyAction(' ', true)).toEqual({ type: 'previous' });
    expect(presentKeyAction('PageUp', false)).toEqual({ type: 'previous' });
    expect(presentKeyAction('Home', false)).toEqual({ type: 'first' });
    expect(presentKeyAction('End', false)).toEqual({ type: 'last' });
    expect(presentKeyAction('3', false)).toEqual({ type: 'stage', stageIndex: 2 });
    expect(presentKeyAction('O', true)).toEqual({ type: 'overview' });
    expect(presentKeyAction('r', false)).toEqual({ type: 'toggle', what: 'reveal' });
    expect(presentKeyAction('h', false)).toEqual({ type: 'toggle', what: 'presenterLine' });
    expect(presentKeyAction('Escape', false)).toEqual({ type: 'leave' });
    expect(presentKeyAction('0', false)).toBeNull();
    expect(presentKeyAction('x', false)).toBeNull();
  });
});

describe('steps by key, and saved views', () => {
  it('puts the saved views after the stages, each one step', () => {
    const steps = presentSteps(layout, false, ['v1', 'v2']);
    expect(steps).toHaveLength(1 + 5 + 2);
    expect(steps.slice(-2)).toEqual([
      { kind: 'view', viewIndex: 0, viewId: 'v1' },
      { kind: 'view', viewIndex: 1, viewId: 'v2' },
    ]);
  });

  it('finds a step by its key in another window, with or without reveal', () => {
    const plain = presentSteps(layout, false, ['v1']);
    const revealed = presentSteps(layout, true, ['v1']);
    for (const [i, step] of plain.entries()) expect(indexOfKey(plain, stepKey(step))).toBe(i);
    // A stage fully shown is the last of its reveal steps; a partly shown one its own step.
    const book = plain[3]!;
    expect(revealed[indexOfKey(revealed, stepKey(book))]).toEqual(book);
    expect(indexOfKey(plain, stepKey(revealed[2]!))).toBe(1);
    expect(indexOfKey(plain, 'view:gone')).toBe(0);
    expect(plain[indexOfKey(plain, 'view:v1')]!.kind).toBe('view');
  });

  it('names the next section: the next stage, not the next card of this one', () => {
    const revealed = presentSteps(layout, true, ['v1']);
    expect(stageOf(nextSection(revealed, 0))).toBe(0);
    expect(stageOf(nextSection(revealed, 2))).toBe(1);
    expect(nextSection(revealed, revealed.length - 2)?.kind).toBe('view');
    expect(nextSection(revealed, revealed.length - 1)).toBeUndefined();
  });

  it('has M switch between the stage view and the map', () => {
    expect(presentKeyAction('m', false)).toEqual({ type: 'toggle', what: 'stageView' });
  });
});
