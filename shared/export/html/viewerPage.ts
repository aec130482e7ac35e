/**
 * The one-file HTML viewer's page: the map's SVG inline, the insights page's SVG, the viewer's
 * data as JSON and its script, all in one file that needs nothing else. Its content security
 * policy allows no network at all: the only script is the one whose hash it names, and fonts
 * and images can come only from data: addresses inside the file.
 */
import { xmlAttr, xmlText } from '../svg/xml';
import type { ViewerData } from './viewerData';
import { VIEWER_CSS } from './viewerCss';

export interface ViewerPageParts {
  data: ViewerData;
  /** The map poster's <svg> element, without an XML prolog. */
  mapSvg: string;
  /** The insights page's <svg> element. */
  insightsSvg: string;
  /** @font-face rules with data: fonts, for the SVGs' text and the page's own. */
  fontCss: string;
  /** The viewer's script (renderer/viewer, bundled at build time). */
  script: string;
  /** The script's SHA-256 in base64, for the policy. */
  scriptSha256: string;
}

/** The policy: nothing from outside the file, and no script but the viewer's own. */
export function viewerPolicy(scriptSha256: string): string {
  return [
    "default-src 'none'",
    `script-src 'sha256-${scriptSha256}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * JSON that is safe inside a <script> element: no "<" (so no "</script>" or "<!--" can end
 * or change it) and no line separators that old parsers took for line ends.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A script's text must not hold "</script" either; a bundle never should, so say so loudly. */
function scriptText(script: string): string {
  if (/<\/script/i.test(script)) throw new Error('The viewer script contains "</script".');
  return script;
}

const button = (id: string, label: string, text = label) =>
  `<button type="button" id="${id}" aria-label="${xmlAttr(label)}" title="${xmlAttr(label)}">${xmlText(text)}</button>`;

export function viewerPage(parts: ViewerPageParts): string {
  const { data } = parts;
  const title = `${data.journey || 'Untitled journey'} · ${data.project}`;
  const state = data.future ? 'Future state' : 'Current state';
  const laneOptions = data.lanes
    .map((lane) => `<option value="${xmlAttr(lane)}">${xmlText(lane)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${xmlAttr(viewerPolicy(parts.scriptSha256))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wayline">
<title>${xmlText(title)}</title>
<style>${parts.fontCss}</style>
<style>${VIEWER_CSS}</style>
</head>
<body>
<header class="bar" role="toolbar" aria-label="Viewer">
<div class="names"><h1>${xmlText(data.journey || 'Untitled journey')}</h1><p>${xmlText(data.project)} · ${state} · read-only</p></div>
<div class="find">
<input type="search" id="search" placeholder="Search cards" aria-label="Search cards" autocomplete="off">
<select id="lane-filter" aria-label="Show lane"><option value="">All lanes</option>${laneOptions}</select>
<span id="count" role="status" aria-live="polite"></span>
</div>
<div class="tools">
${button('zoom-out', 'Zoom out', '−')}${button('zoom-in', 'Zoom in', '+')}${button('fit', 'Fit to window', 'Fit')}
${data.persona ? button('show-persona', 'Persona') : ''}${button('show-insights', 'Insights')}${button('present', 'Present')}
</div>
</header>
<main id="viewport" tabindex="0" aria-label="Journey map: drag to pan, wheel or + and − to zoom, click a card for its details">${parts.mapSvg}</main>
<aside id="details" hidden aria-labelledby="details-title"><button type="button" class="close" id="close-details" aria-label="Close details">×</button><p class="kicker" id="details-kicker"></p><h2 id="details-title"></h2><dl id="details-list"></dl><section id="details-quotes" hidden aria-label="Quotes"></section><section id="details-files" hidden aria-label="Files"></section></aside>
<section id="persona-panel" class="panel" hidden aria-label="Persona"><button type="button" class="close" aria-label="Close persona">×</button><div id="persona-body"></div></section>
<section id="insights-panel" class="panel wide" hidden aria-label="Insights"><button type="button" class="close" aria-label="Close insights">×</button>${parts.insightsSvg}</section>
<div id="present-bar" hidden role="region" aria-label="Presentation"><div><strong id="present-stage"></strong><span id="present-goal"></span></div><div>${button('present-prev', 'Previous stage', '←')}<span id="present-step"></span>${button('present-next', 'Next stage', '→')}${button('present-exit', 'Leave presentation', 'Esc')}</div></div>
<script type="application/json" id="wayline-data">${scriptSafeJson(data)}</script>
<script>${scriptText(parts.script)}</script>
</body>
</html>
`;
}
