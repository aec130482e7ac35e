import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { field, TOUCHPOINT_CSV } from '../model/entities';
import { readFieldCell } from './csvColumns';

/** A text column whose field has a rule of its own, as a link field has. */
const column = {
  field: 'title' as const,
  column: { header: 'Site', aliases: ['site'], cell: 'text' as const, label: 'the site' },
  spec: field(
    z
      .string()
      .max(40)
      .refine((v) => v === '' || v.startsWith('https://'), 'it is not an https:// address'),
  ),
};

describe('a text cell is held to its field’s own rule', () => {
  it('keeps a value the rule accepts, and an empty one', () => {
    expect(readFieldCell(column, 'https://example.com')).toEqual({
      ok: true,
      value: 'https://example.com',
    });
    expect(readFieldCell(column, '')).toEqual({ ok: true, value: '' });
  });

  it('refuses a value the rule refuses, with a code and the rule’s words', () => {
    expect(readFieldCell(column, 'javascript:alert(1)')).toEqual({
      ok: false,
      error: {
        code: 'bad_text',
        message: 'the site is refused: it is not an https:// address',
      },
    });
  });

  it('says a too-long value is too long before any rule', () => {
    const result = readFieldCell(column, 'https://' + 'a'.repeat(50));
    expect(result.ok ? undefined : result.error.code).toBe('text_too_long');
  });
});

describe('a need-met cell', () => {
  const needs = TOUCHPOINT_CSV.find((c) => c.field === 'needsMet')!;
  it('reads the words the app writes, yes / partly / no and a 1–5 answer', () => {
    const read = (raw: string) => {
      const cell = readFieldCell(needs, raw);
      return cell.ok ? cell.value : cell.error.code;
    };
    expect(['Met', 'yes', '5', '4'].map(read)).toEqual(['met', 'met', 'met', 'met']);
    expect(['Partly met', 'partly', '3'].map(read)).toEqual(['partly', 'partly', 'partly']);
    expect(['Not met', 'NO', '2', '1'].map(read)).toEqual(['notMet', 'notMet', 'notMet', 'notMet']);
    // Empty is not rated: the field keeps its default.
    expect(read('')).toBeUndefined();
    expect(read('maybe')).toBe('bad_needs_met');
    expect(read('6')).toBe('bad_needs_met');
  });
});
