import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { apiArgSchemas } from '../../shared/api/schema';
import { number, type OptionFields } from '../../shared/export/formatOptions';
import { EXPORT_FORMATS, FORMATS, type ExportFormat } from '../../shared/export/formats';
import {
  exportChoiceFromFlags,
  flagSyntax,
  optionFlagConfig,
  optionFlags,
} from '../../electron/cli/exportFlags';
import { COMMAND_FLAGS } from '../../electron/cli/run';
import { USAGE } from '../../electron/cli/usage';
import { UsageError } from '../../electron/cli/usageError';
import { exportJourney } from '../../electron/backend/export/exportJourney';
import { templateJourney } from '../../shared/export/svg/exampleDocs';
import { ExportOptionsFields } from '../../renderer/src/editor/transfer/ExportOptionsFields';

const fieldsOf = (format: ExportFormat): [string, OptionFields[string]][] =>
  Object.entries(FORMATS[format].fields);

/** The dialog's options for a format, drawn as the export dialog draws them, as HTML. */
function dialogFields(format: ExportFormat): string {
  return renderToStaticMarkup(
    createElement(ExportOptionsFields, {
      fields: FORMATS[format].fields,
      values: FORMATS[format].options.parse({}),
      onChange: () => {},
    }),
  );
}

const decode = (html: string) =>
  html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

function flagError(format: ExportFormat, values: Record<string, unknown>): string {
  try {
    exportChoiceFromFlags(format, values);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('the flags were accepted');
}

describe('the format registry', () => {
  it.each(EXPORT_FORMATS)(
    '%s: every option has a CLI flag, a --help line and a dialog field',
    (format) => {
      const config = optionFlagConfig(optionFlags());
      const flags = optionFlags().filter((f) => f.formats.includes(format));
      const html = decode(dialogFields(format));
      expect(USAGE).toContain(`${FORMATS[format].label}: ${FORMATS[format].description}`);
      expect(flags.map((f) => f.key).sort()).toEqual(
        fieldsOf(format)
          .map(([key]) => key)
          .sort(),
      );
      for (const flag of flags) {
        const { field, name } = flag;
        expect(config[name]?.type).toBe(field.kind === 'boolean' ? 'boolean' : 'string');
        if (field.kind === 'boolean') expect(config[`no-${name}`]?.type).toBe('boolean');
        expect(USAGE).toContain(flagSyntax(flag));
        expect(USAGE).toContain(field.help);
        expect(html).toContain(field.label);
        if (field.kind === 'choice') for (const c of field.choices) expect(html).toContain(c.label);
        if (field.kind === 'boolean') expect(html).toContain(field.help);
      }
      if (flags.length === 0) {
        expect(html).toContain('No options for this format');
        expect(USAGE).toMatch(
          new RegExp(`${format} +${FORMATS[format].label}: .*\\(no options\\)`),
        );
      }
    },
  );

  it('fills every default, and each default is a value its field accepts', () => {
    for (const format of EXPORT_FORMATS) {
      const defaults = Object.fromEntries(fieldsOf(format).map(([k, f]) => [k, f.default]));
      expect(FORMATS[format].options.parse({})).toEqual(defaults);
      for (const [, field] of fieldsOf(format)) {
        expect(field.schema.safeParse(field.default).success).toBe(true);
      }
    }
  });

  it('has no option flag that is also a command flag', () => {
    const names = Object.keys(optionFlagConfig(optionFlags()));
    expect(names.filter((n) => n in COMMAND_FLAGS)).toEqual([]);
  });

  it('export.start takes a format with its own options only, and fills those left out', () => {
    const args = apiArgSchemas['export.start'];
    expect(args.parse({ journeyId: 'j', format: 'pdf' })).toEqual({
      journeyId: 'j',
      format: 'pdf',
      options: { paper: 'a4', orientation: 'auto', tile: false, insights: true },
    });
    expect(args.parse({ journeyId: 'j', format: 'png', options: { scale: 3 } }).options).toEqual({
      scale: 3,
      background: 'white',
    });
    const foreign = args.safeParse({ journeyId: 'j', format: 'pdf', options: { scale: 2 } });
    expect(foreign.success).toBe(false);
    expect(foreign.error?.issues[0]?.message).toBe('PDF has no option "scale"');
    const unknown = args.safeParse({ journeyId: 'j', format: 'docx' });
    expect(unknown.error?.issues[0]?.message).toBe(
      `format must be one of ${EXPORT_FORMATS.join(', ')}`,
    );
  });
});

describe('exportJourney', () => {
  it('checks the options against the format, whoever calls it', async () => {
    const { doc, journeyId } = templateJourney('blank');
    // A caller that skipped the types (a worker's message, say): the schema still refuses it.
    const foreign = { scale: 2 } as unknown as Parameters<typeof exportJourney<'svg'>>[3];
    await expect(exportJourney(doc, journeyId, 'svg', foreign)).rejects.toThrow(
      'SVG image has no option "scale"',
    );
    const bad = { scope: 'everything' } as unknown as Parameters<typeof exportJourney<'json'>>[3];
    await expect(exportJourney(doc, journeyId, 'json', bad)).rejects.toThrow(
      'Wayline JSON option scope: must be one of project, journey',
    );
    const json = await exportJourney(doc, journeyId, 'json', { scope: 'journey' });
    expect(json.fileName).toMatch(/\.json$/);
  });
});

describe('export options from the command line', () => {
  it('converts values, with --x and --no-x for booleans', () => {
    expect(exportChoiceFromFlags('png', { scale: '3' })).toEqual({
      format: 'png',
      options: { scale: 3, background: 'white' },
    });
    expect(exportChoiceFromFlags('pdf', { 'no-insights': true, tile: true }).options).toEqual({
      paper: 'a4',
      orientation: 'auto',
      tile: true,
      insights: false,
    });
  });

  it('names the flag and says what is wrong', () => {
    expect(flagError('png', { scale: '4' })).toBe('--scale: must be one of 1, 2, 3');
    expect(flagError('pdf', { paper: 'b5' })).toBe(
      '--paper: must be one of a4, a3, letter, tabloid',
    );
    expect(flagError('pdf', { scale: '2' })).toBe('--scale is an option of png, not of pdf');
    expect(flagError('svg', { 'no-insights': true })).toBe(
      '--insights is an option of pdf, not of svg',
    );
    expect(flagError('pdf', { tile: true, 'no-tile': true })).toBe(
      '--tile and --no-tile say opposite things',
    );
  });

  it('checks a number option against its range', () => {
    const dpi = number({
      label: 'Resolution',
      help: 'Dots per inch',
      min: 72,
      max: 600,
      integer: true,
      default: 150,
    });
    expect(dpi.schema.safeParse(300).success).toBe(true);
    expect(dpi.schema.safeParse(10).error?.issues[0]?.message).toBe('must be at least 72');
    expect(dpi.schema.safeParse(72.5).error?.issues[0]?.message).toBe('must be a whole number');
    expect(dpi.schema.safeParse('x').error?.issues[0]?.message).toBe('must be a number');
  });
});
