import { EXPORT_FONT_STACK } from '../svg/fontFamilies';

/**
 * The one-file viewer's styles: a quiet toolbar over the map, a details panel, overlays. The
 * page's text falls back through the exports' families, whose files it carries as needed.
 */
export const VIEWER_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --soft: #57606a; --line: #d0d7de; --surface: #ffffff;
  --canvas: #f6f7f9; --accent: #0b5cad; --focus: #0b5cad; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: var(--canvas); color: var(--ink);
  font: 14px/1.4 ${EXPORT_FONT_STACK}; }
.bar { display: flex; align-items: center; gap: 16px; padding: 8px 16px; background: var(--surface);
  border-bottom: 1px solid var(--line); flex-wrap: wrap; }
.names { min-width: 0; flex: 1 1 240px; }
.names h1 { font-size: 17px; margin: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.names p { margin: 0; color: var(--soft); font-size: 12px; }
.find, .tools { display: flex; align-items: center; gap: 8px; }
input, select, button { font: inherit; color: inherit; }
input[type=search], select { border: 1px solid var(--line); border-radius: 6px; padding: 5px 8px;
  background: var(--surface); }
input[type=search] { width: 220px; }
button { border: 1px solid var(--line); border-radius: 6px; padding: 5px 10px; background: var(--surface);
  cursor: pointer; min-width: 32px; }
button:hover { background: #eef1f4; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
#count { color: var(--soft); font-size: 12px; min-width: 9em; }
main { flex: 1; position: relative; overflow: hidden; cursor: grab; touch-action: none; }
main.dragging { cursor: grabbing; }
main > svg { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.viewer-card { cursor: pointer; }
.viewer-card.dimmed { opacity: 0.15; }
.viewer-card.picked { filter: drop-shadow(0 0 3px var(--accent)) drop-shadow(0 0 1px var(--accent)); }
#details { position: fixed; right: 16px; top: 72px; width: min(360px, calc(100vw - 32px));
  max-height: calc(100vh - 96px); overflow: auto; background: var(--surface); border: 1px solid var(--line);
  border-radius: 10px; padding: 16px; box-shadow: 0 8px 24px rgba(0,0,0,.12); }
#details h2 { font-size: 17px; margin: 0 24px 8px 0; overflow-wrap: anywhere; }
.kicker { margin: 0 0 4px; color: var(--soft); font-size: 12px; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; }
dt { color: var(--soft); }
dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
#details-quotes h3 { font-size: 13px; margin: 14px 0 6px; color: var(--soft); }
#details-quotes figure { margin: 0 0 10px; padding-left: 10px; border-left: 3px solid var(--accent); }
#details-quotes blockquote { margin: 0; font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
#details-quotes figcaption { color: var(--soft); font-size: 12px; margin-top: 2px; }
#details-files h3 { font-size: 13px; margin: 14px 0 6px; color: var(--soft); }
#details-files ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px;
  grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); }
#details-files li { font-size: 12px; color: var(--soft); overflow-wrap: anywhere; }
#details-files img { display: block; width: 100%; height: auto; border-radius: 6px;
  border: 1px solid var(--line); margin-bottom: 2px; }
.close { position: absolute; right: 8px; top: 8px; border: none; font-size: 18px; line-height: 1; }
.panel { position: fixed; top: 72px; right: 16px; max-height: calc(100vh - 88px); width: min(520px, calc(100vw - 32px)); overflow: auto;
  background: var(--surface); border: 1px solid var(--line); border-radius: 10px; padding: 20px;
  box-shadow: 0 8px 24px rgba(0,0,0,.12); }
.panel.wide { width: min(1240px, calc(100vw - 32px)); }
.panel > svg { width: 100%; height: auto; }
.panel h2 { margin: 0 0 4px; font-size: 20px; }
.panel blockquote { margin: 12px 0; color: var(--soft); font-style: italic; }
.panel h3 { font-size: 14px; margin: 16px 0 4px; }
.panel ul { margin: 0; padding-left: 20px; }
body.presenting .bar { display: none; }
body.presenting .elsewhere { opacity: 0.25; transition: opacity 0.3s; }
#present-bar { display: flex; align-items: center; justify-content: space-between; gap: 16px;
  padding: 10px 16px; background: var(--ink); color: #fff; font-size: 18px; }
#present-bar[hidden] { display: none; }
#present-bar span { margin: 0 12px; color: #d0d7de; }
#present-bar button { background: transparent; color: #fff; border-color: #57606a; }
#present-bar button:hover { background: #2d333b; }
[hidden] { display: none !important; }
`;
