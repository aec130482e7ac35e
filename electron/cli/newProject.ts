import { basename, extname } from 'node:path';
import { LIMITS } from '../../shared/model/schema';
import { JOURNEY_TEMPLATES } from '../../shared/model/templates';
import { rowsFromTemplate } from '../../shared/model/templateRows';
import { createProjectStore } from '../backend/projectStore';
import { UsageError } from './usageError';

/** The template a new project starts from when none is named: the app's own default. */
export const DEFAULT_TEMPLATE = 'lifecycle';

export interface NewProjectArgs {
  template?: string;
  name?: string;
}

/** `--help`'s list of templates, from the template registry. */
export function templatesHelp(indent: string): string[] {
  const width = Math.max(...JOURNEY_TEMPLATES.map((t) => t.id.length)) + 2;
  return JOURNEY_TEMPLATES.map((t) => {
    const also = t.aliases?.length ? ` (or ${t.aliases.join(', ')})` : '';
    const usual = t.id === DEFAULT_TEMPLATE ? ' (the default)' : '';
    return `${indent}${t.id.padEnd(width)}${t.label}${usual}${also}`;
  });
}

/**
 * `wayline new`: a project file with one journey made from a template. The file is created
 * atomically and never replaces one that exists (createProjectStore refuses it).
 * Returns what was made, as the command line reports it.
 */
export function newProject(file: string, args: NewProjectArgs): string {
  const wanted = args.template ?? DEFAULT_TEMPLATE;
  const key = wanted.trim().toLowerCase();
  const template = JOURNEY_TEMPLATES.find((t) => t.id === key || t.aliases?.includes(key));
  if (!template) {
    const ids = JOURNEY_TEMPLATES.map((t) => t.id).join(', ');
    throw new UsageError(`--template: there is no template "${wanted}"; the templates are ${ids}`);
  }
  const name = (args.name ?? basename(file, extname(file))).trim();
  if (name === '') throw new UsageError('--name: a project needs a name');
  if (name.length > LIMITS.name) {
    throw new UsageError(`--name: at most ${LIMITS.name} characters, not ${name.length}`);
  }
  const rows = rowsFromTemplate(template.id, { orderKey: 'a0' });
  createProjectStore(file, name, new Date(), { rows }).close();
  return `Made ${file}: project "${name}" with the journey "${rows.journeys?.[0]?.name}" (${template.label})`;
}
