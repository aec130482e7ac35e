import { EXPORT_FORMATS, FORMATS } from '../../shared/export/formats';
import { DEFAULT_EXPORT_LIMITS, EXPORT_LIMIT_ENV } from '../backend/export/exportLimits';
import { formatsHelp } from './exportFlags';
import { templatesHelp } from './newProject';

const INDENT = '         ';
const WHOLE_PROJECT = EXPORT_FORMATS.filter((f) => FORMATS[f].wholeProject).join(', ');

// The formats, their options and the templates are generated from their registries.
export const USAGE = `Usage:
  wayline new FILE.wayline [--template NAME] [--name NAME]
  wayline export FILE.wayline --format FORMAT [--journey NAME] [--out PATH] [options]
  wayline import FILE.wayline --from DATA.csv|DATA.json [--journey NAME] [--skip-bad-rows]
  wayline import FILE.wayline --survey ANSWERS.csv|ANSWERS.xlsx --journey NAME [--skip-bad-rows]
  wayline --help

new      Makes a project file with one journey from a template; an existing file is never
         replaced. --name NAME names the project (default: the file's name). The templates:
${templatesHelp(`${INDENT}  `).join('\n')}

export   Writes one journey of a project as a file (${WHOLE_PROJECT}: the whole
         project, no --journey needed). FORMAT is one of
         ${EXPORT_FORMATS.join(', ')}.
         --journey NAME   the journey, by name (or id); may be left out when there is one
         --out PATH       where to write (default: the journey's name, in this folder)
         Each format's options (an option of another format is refused):
${formatsHelp(`${INDENT}  `).join('\n')}
         An export runs in a worker that is stopped past ${DEFAULT_EXPORT_LIMITS.memoryMb} MB of memory
         or ${DEFAULT_EXPORT_LIMITS.timeMs / 60_000} minutes; ${EXPORT_LIMIT_ENV.memoryMb} and
         ${EXPORT_LIMIT_ENV.timeMs} change the limits. A long export prints its progress.

import   Adds the contents of a Wayline JSON file, or the rows of a CSV file, to a project
         (created when FILE.wayline does not exist). Every row is checked first: a file with
         errors changes nothing, and each bad row is listed with its number; with
         --skip-bad-rows the good rows are imported and the bad ones left out. CSV rows go to
         a new journey, or with --journey NAME to that journey; a "ces" column (CES 2.0,
         7 = easiest) becomes effort 8 - ces.
         --survey takes survey answers, one row per answer: Touchpoint (a card title of the
         journey), Metric (NPS 0-10, CSAT 1-5, CES 1-7 with 7 = easiest, Needs met yes/partly/
         no or 1-5), Score, and optional Respondent, Comment (becomes a quote), Date, Stage.
         They become metrics per touchpoint and stage (export them with --format metrics).

Exit codes: 0 done, 1 the work failed (the message says why), 2 the command line is wrong.
The project file must not be open in Wayline at the same time.`;
