import { describe, expect, it } from 'vitest';
import { lanesOf, stagesOf } from '../../model/doc';
import { EMOTION_LEVELS, effortPhrase, effortWord, emotionLevel } from '../../model/scales';
import { layoutJourney } from '../../layout/layoutJourney';
import { syntheticJourney, templateJourney } from './exampleDocs';
import { EXPORT_THEME, exportSvg } from './exportSvg';
import { EXPORT_FONT_STACK } from './fontFamilies';
import { allNodes, drawnText, parseSvg, withClass } from './svgTree.test-support';

const HOSTILE = '</text><script>alert(1)</script> ]]> & "quoted" <b>\u0001';

describe('exportSvg: the worked example', () => {
  const { doc, journeyId } = templateJourney('hotel-example');
  const out = exportSvg(doc, journeyId, { background: 'white' });
  const root = parseSvg(out.svg);
  const words = drawnText(root);
  const layout = layoutJourney(doc, journeyId, EXPORT_THEME);
  const touchpoints = layout.cards.filter((c) => c.laneKind === 'touchpoints');

  it('is a well-formed SVG of the whole map, with its size in width, height and viewBox', () => {
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attrs.width).toBe(String(out.width));
    expect(root.attrs.height).toBe(String(out.height));
    expect(root.attrs.viewBox).toBe(`0 0 ${out.width} ${out.height}`);
    expect(out.width).toBeGreaterThan(layout.width);
    expect(out.height).toBeGreaterThan(layout.height);
  });

  it('has a title and a description', () => {
    const title = root.children.find((n) => n.tag === 'title');
    const desc = root.children.find((n) => n.tag === 'desc');
    expect(title?.text).toBe('Booking a hotel for a business trip');
    expect(desc?.text).toMatch(/5 stages, 6 lanes, \d+ cards, \d+ connections/);
  });

  it('writes every stage, lane, card title and the persona as real text', () => {
    for (const stage of stagesOf(doc, journeyId)) {
      expect(words).toContain(stage.name);
      expect(words).toContain(stage.description);
    }
    for (const lane of lanesOf(doc, journeyId)) expect(words).toContain(lane.name.toUpperCase());
    for (const card of layout.cards) expect(words).toContain(doc.touchpoints[card.id]!.title);
    expect(words).toContain('Maya Okafor');
    expect(words).toContain('Account manager, travels twice a month');
    expect(words).toContain('Book inside the travel policy');
  });

  it('draws every card, connection and curve point, with low points marked', () => {
    expect(withClass(root, 'touchpoint-card')).toHaveLength(touchpoints.length);
    expect(withClass(root, 'note-card')).toHaveLength(layout.cards.length - touchpoints.length);
    expect(withClass(root, 'connection')).toHaveLength(Object.keys(doc.connections).length);
    const points = withClass(root, 'curve-point');
    expect(points).toHaveLength(touchpoints.length);
    const lows = layout.emotionCurve!.points.filter((p) => p.low).length;
    expect(lows).toBeGreaterThan(0);
    expect(withClass(root, 'low')).toHaveLength(lows);
    expect(words.match(/Low point/g)).toHaveLength(lows);
  });

  it('says every emotion and effort in words, never by colour alone', () => {
    for (const card of withClass(root, 'touchpoint-card')) {
      const t = doc.touchpoints[card.attrs['data-id']!]!;
      const cardWords = drawnText(card);
      expect(cardWords).toContain(emotionLevel(t.emotion).word);
      expect(cardWords).toContain(effortPhrase(t.effort));
      if (t.channel) expect(cardWords).toContain(t.channel);
    }
    expect(words).toContain('Moment of truth');
    expect(effortWord(3)).toBe('Fairly low');
    // The failure path of the example carries its label.
    expect(words).toContain('Fee shown late');
  });

  it('ends with a legend of faces, effort, connection kinds and the moment of truth', () => {
    const legend = withClass(root, 'legend')[0]!;
    const legendWords = drawnText(legend);
    for (const level of EMOTION_LEVELS) expect(legendWords).toContain(level.word);
    for (const w of ['1 Very low', '7 Very high', 'Path', 'Alternative', 'Failure path']) {
      expect(legendWords).toContain(w);
    }
    expect(legendWords).toContain('Moment of truth');
    // Five faces, drawn as vector shapes: a circle with two eyes and a mouth each.
    expect(allNodes(legend).filter((n) => n.tag === 'circle').length).toBeGreaterThanOrEqual(15);
  });

  it('draws an arrowhead in its colour at the end of every connection', () => {
    for (const c of withClass(root, 'connection')) {
      const [line, head] = c.children;
      expect(head?.tag).toBe('polygon');
      expect(head?.attrs.fill).toBe(line?.attrs.stroke);
      // The tip is the route's end point.
      const end = line!.attrs
        .d!.match(/-?\d+(?:\.\d+)?/g)!
        .slice(-2)
        .join(',');
      expect(head!.attrs.points!.split(' ')[0]).toBe(end);
    }
    // No <marker>: resvg 2.6 aborts on a marker outside the image.
    expect(allNodes(root).some((n) => n.tag === 'marker')).toBe(false);
  });

  it('uses only the bundled font families, Inter first, in three weights', () => {
    expect(root.attrs['font-family']).toBe(EXPORT_FONT_STACK);
    expect(EXPORT_FONT_STACK).toMatch(/^Inter, 'Noto Sans', .*, sans-serif$/);
    const weights = new Set(
      allNodes(root)
        .filter((n) => n.tag === 'text')
        .map((n) => n.attrs['font-weight']),
    );
    expect([...weights].every((w) => ['400', '600', '700'].includes(w ?? ''))).toBe(true);
  });

  it('has a white background rect, and none when transparent', () => {
    expect(withClass(root, 'background')).toHaveLength(1);
    const clear = parseSvg(exportSvg(doc, journeyId, { background: 'transparent' }).svg);
    expect(withClass(clear, 'background')).toHaveLength(0);
    expect(clear.children.filter((n) => n.tag === 'rect')).toHaveLength(0);
  });

  it('is the same every time (deterministic)', () => {
    expect(exportSvg(doc, journeyId, { background: 'white' }).svg).toBe(out.svg);
  });
});

describe('exportSvg: touchpoints not rated', () => {
  it('says "Not rated" on the card and leaves the card out of the curve', () => {
    const { doc, journeyId } = templateJourney('hotel-example');
    const points = (svg: string) => withClass(parseSvg(svg), 'curve-point').length;
    const rated = points(exportSvg(doc, journeyId, { background: 'white' }).svg);
    const [first] = Object.values(doc.touchpoints).filter((t) => t.emotion !== null);
    doc.touchpoints[first!.id] = { ...first!, emotion: null, effort: null };
    const { svg } = exportSvg(doc, journeyId, { background: 'white' });
    const card = withClass(parseSvg(svg), 'touchpoint-card').find(
      (c) => c.attrs['data-id'] === first!.id,
    )!;
    expect(drawnText(card)).toContain('Not rated');
    expect(drawnText(card)).toContain('Effort not rated');
    expect(points(svg)).toBe(rated - 1);
  });
});

describe('exportSvg: hostile and unusual input', () => {
  it('keeps markup in names and titles as text', () => {
    const { doc, journeyId } = syntheticJourney({
      stages: 2,
      touchpointsPerStage: 1,
      text: HOSTILE,
    });
    const { svg } = exportSvg(doc, journeyId, { background: 'white' });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('\u0001');
    const root = parseSvg(svg);
    expect(allNodes(root).some((n) => n.tag === 'script' || n.tag === 'b')).toBe(false);
    expect(root.children.find((n) => n.tag === 'title')?.text).toBe(HOSTILE.replace('\u0001', ''));
    // Wrapped or clamped, the words are still there as text.
    expect(drawnText(root)).toContain('</text><script>');
  });

  it('embeds font CSS so that no "]]>" in it can end the section', () => {
    const { doc, journeyId } = syntheticJourney({ stages: 1, touchpointsPerStage: 1 });
    const css = "@font-face{font-family:'Inter';src:url(data:font/woff;base64,AAAA)} /* ]]> */";
    const { svg } = exportSvg(doc, journeyId, { background: 'white', fontCss: css });
    const style = parseSvg(svg).children.find((n) => n.tag === 'style');
    expect(style).toBeDefined();
    expect(svg).toContain('<![CDATA[@font-face');
  });

  it('exports a journey without persona or cards, and a service blueprint with its lines', () => {
    const blank = templateJourney('blank');
    const root = parseSvg(exportSvg(blank.doc, blank.journeyId, { background: 'white' }).svg);
    expect(drawnText(root)).toContain('Stage 1');
    expect(withClass(root, 'persona')).toHaveLength(0);
    const blueprint = templateJourney('service-blueprint');
    const words = drawnText(
      parseSvg(exportSvg(blueprint.doc, blueprint.journeyId, { background: 'white' }).svg),
    );
    for (const line of [
      'LINE OF INTERACTION',
      'LINE OF VISIBILITY',
      'LINE OF INTERNAL INTERACTION',
    ]) {
      expect(words).toContain(line);
    }
  });

  it('refuses a journey that is not in the project', () => {
    const { doc } = templateJourney('blank');
    expect(() => exportSvg(doc, 'nope', { background: 'white' })).toThrow(/No journey/);
  });
});
