import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { entity, field, inspectorFieldsOf, TOUCHPOINT } from './entities';
import { LIMITS } from './fields';

describe('inspector fields derive from the entity descriptor', () => {
  it('a touchpoint shows its declared fields in order, each with its schema limit', () => {
    const fields = inspectorFieldsOf(TOUCHPOINT, { laneKind: 'touchpoints' });
    expect(fields.map((f) => f.spec.control)).toEqual([
      'title',
      'text',
      'channel',
      'emotion',
      'effort',
      'needsMet',
      'feeling',
      'flag',
      'line',
      'tags',
      'text',
      'url',
    ]);
    expect(fields.find((f) => f.name === 'title')?.maxLength).toBe(LIMITS.title);
    expect(fields.find((f) => f.name === 'owner')?.maxLength).toBe(LIMITS.name);
    expect(fields.find((f) => f.name === 'emotion')?.maxLength).toBeUndefined();
  });

  it('a note shows only the fields declared for notes, with its own labels and no touchpoint help', () => {
    const fields = inspectorFieldsOf(TOUCHPOINT, { notes: true });
    expect(fields.map((f) => [f.name, f.spec.label, f.spec.placeholder])).toEqual([
      ['title', 'Title', undefined],
      ['description', 'Text', undefined],
    ]);
    expect(fields[1]?.spec.rows).toBe(5);
  });

  it('a pain point and an opportunity add the fields declared for their lane kind', () => {
    const names = (laneKind: 'painPoints' | 'opportunities' | 'thoughts') =>
      inspectorFieldsOf(TOUCHPOINT, { notes: true, laneKind }).map((f) => f.name);
    expect(names('thoughts')).toEqual(['title', 'description']);
    expect(names('painPoints')).toEqual(['title', 'description', 'severity', 'reach']);
    expect(names('opportunities')).toEqual([
      'title',
      'description',
      'owner',
      'status',
      'value',
      'buildEffort',
      'confidence',
      'due',
      'backlogLink',
    ]);
    const severity = inspectorFieldsOf(TOUCHPOINT, { notes: true, laneKind: 'painPoints' })[2];
    expect(severity?.spec.choices?.map((c) => c.word)).toEqual([
      'Minor',
      'Moderate',
      'Major',
      'Critical',
    ]);
    // A touchpoint shows none of them.
    const onTouchpoint = inspectorFieldsOf(TOUCHPOINT, { laneKind: 'touchpoints' });
    expect(onTouchpoint.map((f) => f.name)).not.toContain('severity');
    expect(onTouchpoint.map((f) => f.name)).not.toContain('status');
  });

  it('a field declared with an inspector entry appears with no other change', () => {
    const thing = entity('things', 'thing', {
      id: field(z.string()),
      link: field(z.string().max(300), {
        default: '',
        editable: true,
        inspector: { label: 'Link', control: 'url', placeholder: 'https://' },
      }),
    });
    expect(inspectorFieldsOf(thing)).toEqual([
      {
        name: 'link',
        spec: { label: 'Link', control: 'url', placeholder: 'https://' },
        maxLength: 300,
      },
    ]);
  });
});
