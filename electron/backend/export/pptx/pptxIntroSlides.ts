/** The deck's opening slides: the title slide and the persona the journey is for. */
import type PptxGenJS from 'pptxgenjs';
import type { DeckPlan } from '../../../../shared/export/deck/deckPlan';
import { INK } from '../../../../shared/export/svg/palette';
import type { Persona } from '../../../../shared/model/types';
import { MARGIN, SLIDE_H, SLIDE_W, slideHeader } from './pptxSlideFrame';
import {
  addText,
  fitLines,
  hex,
  linesHeight,
  wrapLines,
  type DeckFonts,
  type TextStyle,
} from './pptxText';

const KICKER: TextStyle = { size: 16, bold: true, color: INK.accent };
const NAME: TextStyle = { size: 40, bold: true, color: INK.ink };
const LEAD: TextStyle = { size: 18, color: INK.soft };
const LINE: TextStyle = { size: 18, color: INK.ink };
const SMALL: TextStyle = { size: 14, color: INK.faint };
const QUOTE: TextStyle = { size: 18, italic: true, color: INK.ink };
const HEAD: TextStyle = { size: 14, bold: true, color: INK.soft };
const ITEM: TextStyle = { size: 14, color: INK.ink };
const INITIALS: TextStyle = { size: 32, bold: true, color: INK.surface };

/** "For Maya Chen, business traveller": who the journey is for, or nothing. */
export function personaLine(persona: Persona | null): string {
  if (!persona) return '';
  const name = persona.name.trim() || 'Unnamed persona';
  const role = persona.role.trim();
  return role ? `For ${name}, ${role}` : `For ${name}`;
}

export function addTitleSlide(pptx: PptxGenJS, fonts: DeckFonts, plan: DeckPlan, date: Date) {
  const slide = pptx.addSlide();
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: 0.35,
    h: SLIDE_H,
    fill: { color: hex(INK.accent) },
    line: { type: 'none' },
  });
  const x = 1.1;
  const w = SLIDE_W - x - 1;
  const state = plan.journey.state === 'future' ? 'Future-state journey' : 'Customer journey';
  addText(slide, fonts, state, KICKER, { x, y: 1.5, w, h: linesHeight(1, KICKER.size) });
  const name = plan.journey.name.trim() || 'Untitled journey';
  const nameLines = wrapLines(name, w, NAME, 2);
  addText(slide, fonts, nameLines.join(' '), NAME, {
    x,
    y: 1.95,
    w,
    h: linesHeight(nameLines.length, NAME.size),
  });
  let y = 1.95 + linesHeight(nameLines.length, NAME.size) + 0.25;
  const description = plan.journey.description.trim();
  if (description) {
    addText(slide, fonts, fitLines(description, w, LEAD, 2), LEAD, {
      x,
      y,
      w,
      h: linesHeight(2, LEAD.size),
    });
    y += linesHeight(2, LEAD.size) + 0.2;
  }
  const who = personaLine(plan.persona);
  if (who) {
    addText(slide, fonts, fitLines(who, w, LINE, 1), LINE, {
      x,
      y,
      w,
      h: linesHeight(1, LINE.size),
    });
    y += linesHeight(1, LINE.size) + 0.15;
  }
  const when = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const project = `${plan.projectName.trim() || 'Untitled project'} · ${when}`;
  addText(slide, fonts, fitLines(project, w, SMALL, 1), SMALL, {
    x,
    y,
    w,
    h: linesHeight(1, SMALL.size),
  });
  addText(
    slide,
    fonts,
    'Made with Wayline',
    { ...SMALL, size: 11 },
    {
      x,
      y: SLIDE_H - 0.7,
      w,
      h: linesHeight(1, 11),
    },
  );
}

const itemsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = [...(parts[0] ?? '?')][0] ?? '?';
  const last = parts.length > 1 ? ([...(parts.at(-1) ?? '')][0] ?? '') : '';
  return (first + last).toUpperCase();
}

const LIST_ITEMS = 5;

/** One of goals, needs, frustrations: a heading and up to five items of two lines each. */
function personaList(
  slide: PptxGenJS.Slide,
  fonts: DeckFonts,
  title: string,
  body: string,
  at: { x: number; y: number; w: number },
) {
  addText(slide, fonts, title, HEAD, { ...at, h: linesHeight(1, HEAD.size) });
  const items = itemsOf(body);
  const shown = items.slice(0, LIST_ITEMS);
  if (items.length > LIST_ITEMS) shown[LIST_ITEMS - 1] = `+${items.length - LIST_ITEMS + 1} more`;
  if (shown.length === 0) shown.push('—');
  const itemH = linesHeight(2, ITEM.size) + 0.08;
  shown.forEach((item, i) => {
    const y = at.y + 0.42 + i * itemH;
    addText(slide, fonts, '•', ITEM, { x: at.x, y, w: 0.2, h: linesHeight(1, ITEM.size) });
    addText(slide, fonts, fitLines(item, at.w - 0.25, ITEM, 2), ITEM, {
      x: at.x + 0.25,
      y,
      w: at.w - 0.25,
      h: linesHeight(2, ITEM.size),
    });
  });
}

export function addPersonaSlide(
  pptx: PptxGenJS,
  fonts: DeckFonts,
  persona: Persona,
  footer: string,
) {
  const slide = pptx.addSlide();
  slideHeader(pptx, slide, fonts, {
    kicker: 'Persona',
    title: persona.name.trim() || 'Unnamed persona',
    subtitle: persona.role.trim(),
    accent: persona.color,
    footer,
  });
  const d = 1.2;
  slide.addShape(pptx.ShapeType.ellipse, {
    x: MARGIN,
    y: 1.85,
    w: d,
    h: d,
    fill: { color: hex(persona.color) },
    line: { type: 'none' },
  });
  addText(slide, fonts, initials(persona.name), INITIALS, {
    x: MARGIN,
    y: 1.85,
    w: d,
    h: d,
    align: 'center',
    valign: 'middle',
  });
  const quote = persona.quote.trim();
  if (quote) {
    const quoted = /^["“„«']/.test(quote) ? quote : `“${quote}”`;
    const x = MARGIN + d + 0.35;
    const w = SLIDE_W - MARGIN - x;
    addText(slide, fonts, fitLines(quoted, w, QUOTE, 3), QUOTE, {
      x,
      y: 1.85,
      w,
      h: linesHeight(3, QUOTE.size),
      valign: 'middle',
    });
  }
  const colW = (SLIDE_W - 2 * MARGIN - 2 * 0.4) / 3;
  const lists: [string, string][] = [
    ['Goals', persona.goals],
    ['Needs', persona.needs],
    ['Frustrations', persona.frustrations],
  ];
  lists.forEach(([title, body], i) =>
    personaList(slide, fonts, title, body, { x: MARGIN + i * (colW + 0.4), y: 3.35, w: colW }),
  );
}
