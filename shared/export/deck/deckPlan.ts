/**
 * What a slide deck of a journey holds, decided once and independent of the file format: the
 * slides in order, a stage's cards split over as many slides as it takes to keep them legible,
 * and each stage's speaker notes. The PowerPoint writer (electron/backend/export/pptx) draws it.
 */
import { cardFace, type CardFace, type NoteFace } from '../../cards/cardFace';
import { cellKey, getEntity, lanesOf, stagesOf, touchpointsByCell } from '../../model/doc';
import { LANE_KIND_SPECS, LANE_LIGHT_COLORS, holdsCards } from '../../model/laneKinds';
import type { Journey, Persona, ProjectDoc, Stage } from '../../model/types';
import { journeyInsights, type JourneyInsights } from '../../insights/journeyInsights';

/** A card as a stage slide shows it: its face and the lane it sits in. */
export interface DeckCard {
  face: CardFace;
  laneName: string;
  /** The lane kind's accent (lane-kind registry, light theme). */
  laneColor: string;
}

/** One slide of one stage; a stage with many cards has several. */
export interface StageSlide {
  stage: Stage;
  /** 0-based position of the stage in the journey, and how many stages there are. */
  stageIndex: number;
  stageCount: number;
  /** 0-based page of this stage, and how many pages the stage takes. */
  page: number;
  pages: number;
  cards: DeckCard[];
  painPoints: NoteFace[];
  opportunities: NoteFace[];
  /** Pain points and opportunities of the whole stage, for "3 of 9" when they are split. */
  totals: { cards: number; painPoints: number; opportunities: number };
  speakerNotes: string;
}

/** A lane of the map at a glance: how many cards it has in each stage. */
export interface GlanceLane {
  name: string;
  color: string;
  /** Cards per stage, in stage order. */
  counts: number[];
}

export interface DeckPlan {
  projectName: string;
  journey: Journey;
  persona: Persona | null;
  stageSlides: StageSlide[];
  insights: JourneyInsights;
  /** Cards of the journey the stage slides show, for the overview's caption. */
  cardCount: number;
  /** The card lanes shown, with their cards per stage: the overview of a map too large to picture. */
  glance: GlanceLane[];
}

/**
 * How many cards and notes one slide holds: a 3 x 2 grid of cards at 14 pt titles, and four
 * pain points and four opportunities beside it. More go on the stage's next slide, never smaller.
 */
export const CARDS_PER_SLIDE = 6;
export const NOTES_PER_SLIDE = 4;

/** Speaker notes stay a script, not the whole file: each card's text and the whole are capped. */
const NOTE_TEXT_CHARS = 400;
const SPEAKER_NOTES_CHARS = 12_000;

const pageOf = <T>(items: readonly T[], size: number, page: number) =>
  items.slice(page * size, (page + 1) * size);

function cut(text: string, max: number): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** "• Title: its description" (cut), or the title alone: one card in the speaker notes. */
function cardLine(card: DeckCard, description: string | undefined): string {
  const head = `• ${card.face.title.text}`;
  return description ? `${head}: ${cut(description, NOTE_TEXT_CHARS)}` : head;
}

/** Goal, the stage's notes, and what is on the slide: what the presenter reads from. */
function speakerNotes(stage: Stage, cards: DeckCard[], descriptions: Map<string, string>) {
  const parts: string[] = [];
  const goal = stage.description.trim();
  parts.push(goal ? `Goal: ${goal}` : 'Goal: (none written)');
  const notes = stage.notes.trim();
  if (notes) parts.push(`Notes: ${notes}`);
  if (cards.length > 0) {
    const lines = cards.map((c) => cardLine(c, descriptions.get(c.face.id)));
    parts.push(['On this slide:', ...lines].join('\n'));
  }
  return cut(parts.join('\n\n'), SPEAKER_NOTES_CHARS);
}

interface StageContent {
  cards: DeckCard[];
  painPoints: NoteFace[];
  opportunities: NoteFace[];
}

/** A stage's slides: as many as its longest list needs, at least one. */
function slidesOfStage(
  stage: Stage,
  stageIndex: number,
  stageCount: number,
  content: StageContent,
  descriptions: Map<string, string>,
): StageSlide[] {
  const { cards, painPoints, opportunities } = content;
  const pages = Math.max(
    1,
    Math.ceil(cards.length / CARDS_PER_SLIDE),
    Math.ceil(painPoints.length / NOTES_PER_SLIDE),
    Math.ceil(opportunities.length / NOTES_PER_SLIDE),
  );
  const totals = {
    cards: cards.length,
    painPoints: painPoints.length,
    opportunities: opportunities.length,
  };
  return Array.from({ length: pages }, (_, page) => {
    const shown = pageOf(cards, CARDS_PER_SLIDE, page);
    return {
      stage,
      stageIndex,
      stageCount,
      page,
      pages,
      cards: shown,
      painPoints: pageOf(painPoints, NOTES_PER_SLIDE, page),
      opportunities: pageOf(opportunities, NOTES_PER_SLIDE, page),
      totals,
      speakerNotes: speakerNotes(stage, shown, descriptions),
    };
  });
}

/**
 * The deck of one journey. Lanes hidden on the map are left out, as in every export; pain points
 * and opportunities get their own column, every other lane's cards are the stage's cards.
 */
export function deckPlan(doc: ProjectDoc, journeyId: string): DeckPlan {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in this project`);
  const persona = journey.personaId
    ? (getEntity(doc, 'personas', journey.personaId) ?? null)
    : null;
  const lanes = lanesOf(doc, journeyId).filter((l) => !l.hidden && holdsCards(l.kind));
  const byCell = touchpointsByCell(doc, journeyId);
  const stages = stagesOf(doc, journeyId);
  const descriptions = new Map<string, string>();
  let cardCount = 0;
  const glance = lanes.map((lane) => ({
    name: lane.name.trim() || LANE_KIND_SPECS[lane.kind].label,
    color: LANE_LIGHT_COLORS[lane.kind],
    counts: stages.map((stage) => byCell.get(cellKey(stage.id, lane.id))?.length ?? 0),
  }));
  const stageSlides = stages.flatMap((stage, stageIndex) => {
    const content: StageContent = { cards: [], painPoints: [], opportunities: [] };
    for (const lane of lanes) {
      const group = LANE_KIND_SPECS[lane.kind].insight;
      for (const t of byCell.get(cellKey(stage.id, lane.id)) ?? []) {
        cardCount++;
        const face = cardFace(t, lane.kind);
        if (t.description.trim()) descriptions.set(t.id, t.description);
        if (face.kind === 'note' && group === 'painPoints') content.painPoints.push(face);
        else if (face.kind === 'note' && group === 'opportunities')
          content.opportunities.push(face);
        else
          content.cards.push({
            face,
            laneName: lane.name,
            laneColor: LANE_LIGHT_COLORS[lane.kind],
          });
      }
    }
    return slidesOfStage(stage, stageIndex, stages.length, content, descriptions);
  });
  return {
    projectName: doc.info.name,
    journey,
    persona,
    stageSlides,
    insights: journeyInsights(doc, journeyId),
    cardCount,
    glance,
  };
}
