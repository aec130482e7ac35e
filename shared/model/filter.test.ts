import { describe, expect, it } from 'vitest';
import { lane, touchpoint } from '../../test/unit/fixtures';
import {
  describeFilterCount,
  EMPTY_FILTER,
  filterChoices,
  isFilterActive,
  matchesFilter,
  type CardFilter,
} from './filter';

const card = touchpoint('t1', 's1', 'l1', 'a0', 'j1', {
  title: 'Pays by card',
  description: 'The 3-D Secure step fails on mobile',
  owner: 'Payments team',
  tags: ['Checkout', 'bug'],
  channel: 'Mobile app',
  emotion: -2,
  effort: 6,
  momentOfTruth: true,
});
const plain = touchpoint('t2', 's1', 'l1', 'a1', 'j1', { title: 'Reads reviews', effort: 2 });
const f = (patch: Partial<CardFilter>): CardFilter => ({ ...EMPTY_FILTER, ...patch });

describe('matchesFilter', () => {
  it('matches everything when empty', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive(null)).toBe(false);
    expect(matchesFilter(card, EMPTY_FILTER) && matchesFilter(plain, EMPTY_FILTER)).toBe(true);
  });

  it('finds every word of the text in title, description, owner or tags, case aside', () => {
    expect(matchesFilter(card, f({ text: 'SECURE pays' }))).toBe(true);
    expect(matchesFilter(card, f({ text: 'payments' }))).toBe(true);
    expect(matchesFilter(card, f({ text: 'checkout' }))).toBe(true);
    expect(matchesFilter(card, f({ text: 'pays reviews' }))).toBe(false);
    expect(isFilterActive(f({ text: '  ' }))).toBe(false);
  });

  it('narrows by channel, emotion, effort, tag and moment of truth', () => {
    expect(matchesFilter(card, f({ channel: 'mobile app' }))).toBe(true);
    expect(matchesFilter(plain, f({ channel: 'Mobile app' }))).toBe(false);
    expect(matchesFilter(card, f({ emotions: [-2, -1] }))).toBe(true);
    expect(matchesFilter(plain, f({ emotions: [-2, -1] }))).toBe(false);
    expect(matchesFilter(card, f({ effortMin: 5 }))).toBe(true);
    expect(matchesFilter(plain, f({ effortMin: 5 }))).toBe(false);
    expect(matchesFilter(card, f({ effortMax: 5 }))).toBe(false);
    expect(matchesFilter(card, f({ tag: 'BUG' }))).toBe(true);
    expect(matchesFilter(card, f({ tag: 'bu' }))).toBe(false);
    expect(matchesFilter(card, f({ momentOfTruthOnly: true }))).toBe(true);
    expect(matchesFilter(plain, f({ momentOfTruthOnly: true }))).toBe(false);
    expect(isFilterActive(f({ effortMax: 6 }))).toBe(true);
  });

  it('keeps an unrated card (or a note) only while emotion and effort are not narrowed', () => {
    const unrated = touchpoint('t3', 's1', 'l1', 'a2', 'j1', { title: 'Asks a friend' });
    expect([unrated.emotion, unrated.effort]).toEqual([null, null]);
    expect(matchesFilter(unrated, EMPTY_FILTER)).toBe(true);
    expect(matchesFilter(unrated, f({ text: 'friend' }))).toBe(true);
    expect(matchesFilter(unrated, f({ emotions: [-2, -1, 0, 1, 2] }))).toBe(false);
    expect(matchesFilter(unrated, f({ effortMin: 1, effortMax: 6 }))).toBe(false);
    expect(matchesFilter(plain, f({ effortMin: 1, effortMax: 6 }))).toBe(true);
  });

  it('needs every criterion at once', () => {
    expect(matchesFilter(card, f({ text: 'pays', emotions: [2] }))).toBe(false);
    expect(matchesFilter(card, f({ text: 'pays', emotions: [-2], tag: 'bug' }))).toBe(true);
  });
});

describe('filterChoices', () => {
  it('lists the channels and tags in use, once each, sorted', () => {
    const other = touchpoint('t3', 's1', 'l1', 'a2', 'j1', { channel: 'Email', tags: ['bug'] });
    expect(filterChoices([card, plain, other])).toEqual({
      channels: ['Email', 'Mobile app'],
      tags: ['bug', 'Checkout'],
    });
  });
});

describe('describeFilterCount', () => {
  const lanes = {
    l1: lane('l1', 'j1', 'a0'),
    l2: lane('l2', 'j1', 'a1', { kind: 'painPoints' }),
  };
  const pain = touchpoint('n1', 's1', 'l2', 'a0', 'j1', { title: 'Card declined' });
  const pain2 = touchpoint('n2', 's1', 'l2', 'a1', 'j1', { title: 'Long queue' });

  it('counts touchpoints and notes apart, each in the right number', () => {
    const cards = [card, plain, pain, pain2];
    expect(describeFilterCount(cards, lanes, EMPTY_FILTER)).toBe(
      '2 of 2 touchpoints, 2 of 2 notes',
    );
    expect(describeFilterCount(cards, lanes, f({ text: 'card' }))).toBe(
      '1 of 2 touchpoints, 1 of 2 notes',
    );
    expect(describeFilterCount([card, pain], lanes, f({ text: 'queue' }))).toBe(
      '0 of 1 touchpoint, 0 of 1 note',
    );
  });

  it('leaves out a kind the journey has none of', () => {
    expect(describeFilterCount([card, plain], lanes, f({ text: 'reviews' }))).toBe(
      '1 of 2 touchpoints',
    );
    expect(describeFilterCount([], lanes, EMPTY_FILTER)).toBe('No cards yet');
  });
});
