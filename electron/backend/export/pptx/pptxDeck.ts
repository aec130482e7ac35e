/**
 * A journey as a PowerPoint deck (pptxgenjs): the title, the persona, the whole map, each stage
 * on as many slides as its cards need, and the insights as native charts. The deck's content is
 * decided in shared/export/deck/deckPlan.ts; this file puts the slides in order and writes the file.
 */
import PptxGenJS from 'pptxgenjs';
import type { DeckPlan } from '../../../../shared/export/deck/deckPlan';
import { addGlanceSlide } from './pptxGlance';
import { addPersonaSlide, addTitleSlide } from './pptxIntroSlides';
import { addInsightsSlide, addOverviewSlide, type OverviewPicture } from './pptxMapSlides';
import { addStageSlide } from './pptxStageSlide';
import { finishPackage } from './pptxPackage';
import { DeckFonts } from './pptxText';

export interface DeckOptions {
  /** The map as a picture for the overview slide, or 'glance' for the map at a glance; none leaves the slide out. */
  overview?: OverviewPicture | 'glance';
  /** The insights slide with its charts. */
  charts: boolean;
  /** The date the title slide shows. */
  date: Date;
}

export interface WrittenDeck {
  bytes: Uint8Array;
  notes: string[];
}

type Progress = (done: number, total: number, stage: string) => void;

const WRITING = 'Writing the slides';
const PACKING = 'Packing the PowerPoint file';

export async function writePptxDeck(
  plan: DeckPlan,
  options: DeckOptions,
  progress: Progress = () => {},
): Promise<WrittenDeck> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.journey.name;
  pptx.subject = `Customer journey map: ${plan.journey.name}`;
  pptx.company = plan.projectName;
  pptx.author = 'Wayline';
  // What PowerPoint uses for text typed into the deck later.
  pptx.theme = { headFontFace: 'Inter', bodyFontFace: 'Inter' };
  const fonts = new DeckFonts();
  const footer = plan.journey.name.trim() || 'Untitled journey';
  const slides: (() => void)[] = [() => addTitleSlide(pptx, fonts, plan, options.date)];
  const persona = plan.persona;
  if (persona) slides.push(() => addPersonaSlide(pptx, fonts, persona, footer));
  const overview = options.overview;
  if (overview === 'glance') slides.push(() => addGlanceSlide(pptx, fonts, plan, footer));
  else if (overview) slides.push(() => addOverviewSlide(pptx, fonts, plan, overview, footer));
  for (const stage of plan.stageSlides)
    slides.push(() => addStageSlide(pptx, fonts, stage, footer));
  if (options.charts) slides.push(() => addInsightsSlide(pptx, fonts, plan, footer));
  slides.forEach((add, i) => {
    add();
    progress(i + 1, slides.length, WRITING);
  });
  progress(0, 1, PACKING);
  // Written uncompressed, then repaired and compressed natively (pptxPackage.ts).
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const bytes = finishPackage(stored);
  progress(1, 1, PACKING);
  return { bytes, notes: fonts.notes() };
}
