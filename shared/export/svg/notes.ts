/** Cards of every lane but touchpoints: title and text, coloured by the lane's kind. */
import type { NoteFace } from '../../cards/cardFace';
import type { CardBox } from '../../layout/layoutJourney';
import { moreLine } from './cards';
import { INK, LANE_COLORS, mix } from './palette';
import { wrapText, type FontSpec } from './textMetrics';
import { el, text } from './xml';

const TITLE: FontSpec = { size: 13, weight: 600 };
const BODY: FontSpec = { size: 12, weight: 400 };

export function noteCard(box: CardBox, face: NoteFace): string {
  const kind = LANE_COLORS[face.laneKind];
  const left = box.x + 14;
  const inner = box.width - 24;
  const titleLines = wrapText(face.title.text, inner, TITLE, box.text.titleLines);
  const bodyLines =
    face.text && box.text.bodyLines > 0 ? wrapText(face.text, inner, BODY, box.text.bodyLines) : [];
  const parts = [
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: 8, fill: kind }),
    el('rect', {
      x: box.x + 4,
      y: box.y + 0.5,
      width: box.width - 4.5,
      height: box.height - 1,
      rx: 6.5,
      fill: mix(kind, 0.09),
      stroke: mix(kind, 0.3),
    }),
  ];
  titleLines.forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: box.y + 22 + i * 17,
        'font-size': TITLE.size,
        'font-weight': TITLE.weight,
        fill: face.title.untitled ? INK.faint : INK.ink,
        class: 'card-title',
      }),
    ),
  );
  const bodyTop = box.y + 22 + titleLines.length * 17 + 1;
  bodyLines.forEach((line, i) =>
    parts.push(
      text(line, {
        x: left,
        y: bodyTop + i * 16,
        'font-size': BODY.size,
        'font-weight': BODY.weight,
        fill: INK.soft,
      }),
    ),
  );
  if (box.text.more) parts.push(moreLine(left, bodyTop + bodyLines.length * 16));
  return el(
    'g',
    { class: 'note-card', 'data-lane-kind': face.laneKind, 'data-id': face.id },
    parts,
  );
}
