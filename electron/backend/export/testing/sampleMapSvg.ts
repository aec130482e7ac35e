/**
 * A hand-built SVG with the features the map exporter uses (text in Inter at three weights,
 * rounded cards, arrowhead markers, circles, dashes, group transforms, fill-opacity, a <style>
 * block), for testing the PDF export before and independently of the SVG exporter.
 */

export interface SampleMap {
  svg: string;
  width: number;
  height: number;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SampleOptions {
  stages?: string[];
  /** Card titles, one list per stage. */
  cards?: string[][];
  title?: string;
}

const STAGE_WIDTH = 248;
const LABEL_WIDTH = 148;
const CARD_HEIGHT = 132;

export function sampleMapSvg(options: SampleOptions = {}): SampleMap {
  const stages = options.stages ?? ['Awareness', 'Łódź € stage', 'Purchase'];
  const cards = options.cards ?? [
    ['Sees an “ad” & clicks', 'Reads <reviews>'],
    ['Compares prices', 'Asks a friend'],
    ['Pays by card'],
  ];
  const rows = Math.max(1, ...cards.map((c) => c.length));
  const width = LABEL_WIDTH + stages.length * STAGE_WIDTH;
  const height = 104 + rows * (CARD_HEIGHT + 10) + 40;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Inter, sans-serif">`,
    '<style>.lane { fill: #f4f5f7; } .muted { fill: #5f6470; }</style>',
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">',
    '<path d="M0,0 L10,5 L0,10 z" fill="#3a64d8"/></marker></defs>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect class="lane" x="0" y="104" width="${width}" height="${height - 104}"/>`,
    `<text x="12" y="140" font-size="13" font-weight="600" class="muted">Touchpoints</text>`,
  );
  stages.forEach((stage, s) => {
    const x = LABEL_WIDTH + s * STAGE_WIDTH;
    parts.push(
      `<g transform="translate(${x} 0)">`,
      `<rect x="6" y="12" width="${STAGE_WIDTH - 12}" height="80" rx="10" fill="#3a64d8" fill-opacity="0.15" stroke="#3a64d8"/>`,
      `<text x="${STAGE_WIDTH / 2}" y="58" text-anchor="middle" font-size="18" font-weight="700">${escape(stage)}</text>`,
    );
    (cards[s] ?? []).forEach((title, c) => {
      const y = 116 + c * (CARD_HEIGHT + 10);
      parts.push(
        `<g transform="translate(12 ${y})">`,
        `<rect width="${STAGE_WIDTH - 24}" height="${CARD_HEIGHT}" rx="8" fill="#ffffff" stroke="#c9ccd3" stroke-dasharray="${c % 2 ? '4 3' : 'none'}"/>`,
        `<text x="12" y="24" font-size="13" font-weight="600">${escape(title)}</text>`,
        `<text x="12" y="46" font-size="12" class="muted">Effort 3 of 7</text>`,
        `<circle cx="${STAGE_WIDTH - 48}" cy="${CARD_HEIGHT - 24}" r="10" fill="#2e9e5b"/>`,
        `<text x="12" y="${CARD_HEIGHT - 20}" font-size="12" font-weight="400">Happy</text>`,
        '</g>',
      );
    });
    parts.push('</g>');
    if (s > 0) {
      const from = LABEL_WIDTH + (s - 1) * STAGE_WIDTH + STAGE_WIDTH - 12;
      parts.push(
        `<path d="M${from} 180 C${from + 6} 180 ${from + 10} 180 ${from + 24} 180" fill="none" stroke="#3a64d8" stroke-width="2" marker-end="url(#arrow)"/>`,
      );
    }
  });
  parts.push('</svg>');
  return { svg: parts.join('\n'), width, height };
}
