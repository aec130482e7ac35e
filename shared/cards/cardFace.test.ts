import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entity, field, TOUCHPOINT } from '../model/entities';
import type { Fields } from '../model/entityKit';
import { makeTouchpoint } from '../model/factories';
import type { Touchpoint } from '../model/types';
import { cardAccessibleName, cardExtras, cardFace } from './cardFace';
import { linkText } from './cardLink';

const touchpoint = (patch: Partial<Touchpoint> = {}): Touchpoint => ({
  ...makeTouchpoint({
    id: 't1',
    journeyId: 'j',
    stageId: 's',
    laneId: 'l',
    title: 'Book the room',
  }),
  orderKey: 'a0',
  ...patch,
});

/** The touchpoint descriptor with two test-only fields shown on cards, as `link` will be. */
const WITH_CARD_FIELDS = entity('touchpoints', 'touchpoint', {
  ...TOUCHPOINT.fields,
  link: field(z.string(), { default: '', card: { show: 'link', label: 'Link' } }),
  room: field(z.string(), { default: '', card: { show: 'line', label: 'Room' } }),
}).fields as Fields;

const withFields = (extra: Record<string, unknown>) =>
  ({ ...touchpoint(), ...extra }) as unknown as Touchpoint;

describe('the card face', () => {
  it('says "Not rated" for an unrated touchpoint, in words, not only by colour', () => {
    const face = cardFace(touchpoint(), 'touchpoints');
    expect(face).toMatchObject({
      kind: 'touchpoint',
      title: { text: 'Book the room', untitled: false },
      emotion: { value: null, word: 'Not rated' },
      effort: { value: null, phrase: 'Effort not rated', score: 'Effort not rated' },
      momentOfTruth: false,
      extras: [],
    });
  });

  it('gives a rated touchpoint its face, word, colour and effort in long and short form', () => {
    const face = cardFace(
      touchpoint({ emotion: -1, effort: 5, momentOfTruth: true, channel: ' Website ' }),
      'touchpoints',
    );
    expect(face).toMatchObject({
      kind: 'touchpoint',
      emotion: { value: -1, word: 'Negative', color: '#f08c4a' },
      effort: { value: 5, phrase: 'Fairly high effort', score: 'Effort 5/7' },
      momentOfTruth: true,
      channel: 'Website',
    });
    expect(cardAccessibleName(face, 'Book')).toBe(
      'Touchpoint: Book the room, Book, emotion negative, effort 5 of 7, moment of truth',
    );
  });

  it('makes a card of a note lane a note: title and text, no ratings, no extra fields', () => {
    const face = cardFace(
      withFields({ title: ' ', description: ' Fees added late \n', link: 'https://example.com' }),
      'painPoints',
      WITH_CARD_FIELDS,
    );
    expect(face).toEqual({
      id: 't1',
      kind: 'note',
      laneKind: 'painPoints',
      noun: 'Pain point',
      title: { text: 'Untitled pain point', untitled: true },
      text: 'Fees added late',
    });
    expect(cardAccessibleName(face, 'Book')).toBe('Pain point: Untitled pain point, Book');
  });

  it('shows nothing extra for a touchpoint whose fields hold their defaults', () => {
    expect(cardExtras(touchpoint())).toEqual([]);
    expect(cardExtras(touchpoint(), WITH_CARD_FIELDS)).toEqual([]);
  });

  it('lists every field declared with `card`, in declared order, leaving empty ones out', () => {
    const face = cardFace(
      withFields({ room: '  Suite 4 ', link: 'https://www.example.com/booking/step-2/?x=1' }),
      'touchpoints',
      WITH_CARD_FIELDS,
    );
    expect(face.kind === 'touchpoint' && face.extras).toEqual([
      {
        field: 'link',
        show: 'link',
        label: 'Link',
        text: 'example.com/booking/step-2',
        href: 'https://www.example.com/booking/step-2/?x=1',
      },
      { field: 'room', show: 'line', label: 'Room', text: 'Suite 4' },
    ]);
    expect(cardExtras(withFields({ link: '   ' }), WITH_CARD_FIELDS)).toEqual([]);
  });

  it('gives a link item an address only when it is safe to open', () => {
    for (const unsafe of [
      'javascript:alert(1)',
      'http://example.com/plain-http',
      'file:///etc/passwd',
      'data:text/html,<b>x</b>',
      'https://user:pw@example.com/',
    ]) {
      const [item] = cardExtras(withFields({ link: unsafe }), WITH_CARD_FIELDS);
      expect(item, unsafe).toMatchObject({ show: 'link', href: null });
      expect(item?.text, unsafe).not.toBe('');
    }
    const [mail] = cardExtras(withFields({ link: 'mailto:desk@example.com' }), WITH_CARD_FIELDS);
    expect(mail).toMatchObject({ href: 'mailto:desk@example.com', text: 'desk@example.com' });
  });
});

describe('a link as a card shows it', () => {
  it('is host and path without scheme, www. or trailing slash', () => {
    expect(linkText('https://www.example.com/')).toBe('example.com');
    expect(linkText('https://app.example.com/a/b/#top')).toBe('app.example.com/a/b');
    expect(linkText('https://example.com/caf%C3%A9')).toBe('example.com/café');
  });

  it('is shortened with an ellipsis past the limit, and never breaks a character', () => {
    const long = linkText('https://example.com/' + 'segment/'.repeat(10), 20);
    expect(long).toBe('example.com/segment…');
    expect([...long]).toHaveLength(20);
    expect(linkText('https://example.com/😀😀😀😀', 14)).toBe('example.com/😀…');
  });

  it('is the text as typed when it is no URL', () => {
    expect(linkText('  see the booking page ')).toBe('see the booking page');
    expect(linkText('https://example.com/%E0%A4%A')).toBe('example.com/%E0%A4%A');
  });
});
