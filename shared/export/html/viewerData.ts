/**
 * What the one-file HTML viewer knows besides the map's picture: each card's details (its
 * inspector fields, labelled as the inspector labels them), the stages in order with their
 * goals, and the journey's persona. Pure data, written into the page as JSON; the viewer's
 * script finds each card's drawing by its `data-id` in the SVG.
 */
import { cardFace } from '../../cards/cardFace';
import { getEntity, lanesOf, stagesOf, touchpointsByCell, cellKey } from '../../model/doc';
import { TOUCHPOINT } from '../../model/entities';
import { inspectorFieldsOf } from '../../model/entityKit';
import { holdsTouchpoints } from '../../model/laneKinds';
import { isNeedsMet, needsMetWord } from '../../model/needsMet';
import type { Attachment, LaneKind, Persona, ProjectDoc, Touchpoint } from '../../model/types';
import { attachmentsByCard } from '../../media/attachments';
import { mediaKindOf } from '../../media/mediaTypes';
import { isSafeExternalUrl } from '../../text/externalUrl';

export interface ViewerDetail {
  label: string;
  text: string;
  /** Only for an address `isSafeExternalUrl` accepts. */
  href?: string;
}

/** A verbatim quote on the card, with who said it, where it was heard and when. */
export interface ViewerQuote {
  text: string;
  who: string;
  source: string;
  date: string;
}

/** A file attached to the card: its name, what it is, and a picture's thumbnail (data: URL). */
export interface ViewerFile {
  name: string;
  kind: string;
  thumb?: string;
}

export interface ViewerCard {
  id: string;
  stage: string;
  /** The stage's place in `ViewerData.stages`: names may repeat, places do not. */
  stageIndex: number;
  lane: string;
  /** "Touchpoint", "Pain point": what the card is. */
  noun: string;
  title: string;
  details: ViewerDetail[];
  quotes: ViewerQuote[];
  files: ViewerFile[];
  /** Everything a search matches, in lower case. */
  search: string;
}

export interface ViewerPersona {
  name: string;
  role: string;
  quote: string;
  sections: { label: string; items: string[] }[];
}

export interface ViewerData {
  project: string;
  journey: string;
  future: boolean;
  persona: ViewerPersona | null;
  stages: { name: string; goal: string }[];
  lanes: string[];
  cards: ViewerCard[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function personaOf(persona: Persona | undefined): ViewerPersona | null {
  if (!persona) return null;
  const sections = [
    { label: 'Goals', items: lines(persona.goals) },
    { label: 'Needs', items: lines(persona.needs) },
    { label: 'Frustrations', items: lines(persona.frustrations) },
  ].filter((s) => s.items.length > 0);
  return { name: persona.name, role: persona.role, quote: persona.quote.trim(), sections };
}

/** A card's inspector fields with their values as text; empty ones left out. */
function detailsOf(t: Touchpoint, laneKind: LaneKind, face: ReturnType<typeof cardFace>) {
  const notes = !holdsTouchpoints(laneKind);
  const details: ViewerDetail[] = [];
  const row = t as unknown as Record<string, unknown>;
  for (const { name, spec } of inspectorFieldsOf(TOUCHPOINT, { notes, laneKind })) {
    const value = row[name];
    let text = '';
    if (spec.control === 'title') continue;
    if (spec.control === 'emotion' && face.kind === 'touchpoint') text = face.emotion.word;
    else if (spec.control === 'effort' && face.kind === 'touchpoint') text = face.effort.phrase;
    else if (spec.control === 'needsMet') text = isNeedsMet(value) ? needsMetWord(value) : '';
    else if (spec.control === 'flag') text = value === true ? 'Yes' : '';
    else if (spec.choices) text = spec.choices.find((c) => c.value === value)?.word ?? '';
    else if (typeof value === 'number') text = value.toLocaleString('en');
    else if (Array.isArray(value)) text = value.join(', ');
    else if (typeof value === 'string') text = value.trim();
    if (!text) continue;
    const href = spec.control === 'url' && isSafeExternalUrl(text) ? text : undefined;
    details.push({ label: spec.label, text, ...(href && { href }) });
  }
  return details;
}

/** Each card's quotes in their order, by card id. */
function quotesByCard(doc: ProjectDoc, journeyId: string) {
  const byCard = new Map<string, ViewerQuote[]>();
  const quotes = Object.values(doc.quotes)
    .filter((q) => q.journeyId === journeyId)
    .sort((a, b) => (a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0));
  for (const q of quotes) {
    const source = q.sourceId ? (getEntity(doc, 'sources', q.sourceId)?.name ?? '') : '';
    const quote = { text: q.text, who: q.who, source, date: q.date };
    byCard.set(q.cardId, [...(byCard.get(q.cardId) ?? []), quote]);
  }
  return byCard;
}

const KIND_WORDS: Record<string, string> = {
  image: 'Picture',
  pdf: 'PDF',
  audio: 'Recording',
  video: 'Video',
};

/** A card's files in order; pictures carry the thumbnails the export read (by blob hash). */
function filesOf(files: readonly Attachment[], thumbs: Readonly<Record<string, string>>) {
  return files.map((f): ViewerFile => {
    const thumb = thumbs[f.blobHash];
    const kind = KIND_WORDS[mediaKindOf(f.mediaType) ?? ''] ?? 'File';
    return { name: f.fileName, kind, ...(thumb && { thumb }) };
  });
}

/** `thumbs`: picture thumbnails as data: URLs by blob hash, where the project has them. */
export function viewerData(
  doc: ProjectDoc,
  journeyId: string,
  thumbs: Readonly<Record<string, string>> = {},
): ViewerData {
  const journey = getEntity(doc, 'journeys', journeyId);
  if (!journey) throw new Error(`No journey ${journeyId} in this project`);
  const stages = stagesOf(doc, journeyId);
  const lanes = lanesOf(doc, journeyId);
  const byCell = touchpointsByCell(doc, journeyId);
  const cards: ViewerCard[] = [];
  const quotes = quotesByCard(doc, journeyId);
  const attached = attachmentsByCard(doc);
  // Stage by stage, lane by lane: the order a reader (and the viewer's Tab key) goes through.
  for (const [stageIndex, stage] of stages.entries()) {
    for (const lane of lanes) {
      for (const t of byCell.get(cellKey(stage.id, lane.id)) ?? []) {
        const face = cardFace(t, lane.kind);
        const details = detailsOf(t, lane.kind, face);
        const said = quotes.get(t.id) ?? [];
        const files = filesOf(attached.get(t.id) ?? [], thumbs);
        const words = [
          face.title.text,
          stage.name,
          lane.name,
          ...details.map((d) => d.text),
          ...said.flatMap((q) => [q.text, q.who]),
          ...files.map((f) => f.name),
        ];
        cards.push({
          id: t.id,
          stage: stage.name,
          stageIndex,
          lane: lane.name,
          noun: face.noun,
          title: face.title.text,
          details,
          quotes: said,
          files,
          search: words.join('\n').toLowerCase(),
        });
      }
    }
  }
  const persona = journey.personaId ? getEntity(doc, 'personas', journey.personaId) : undefined;
  return {
    project: doc.info.name,
    journey: journey.name,
    future: journey.state === 'future',
    persona: personaOf(persona),
    stages: stages.map((s) => ({ name: s.name, goal: s.description.trim() })),
    lanes: lanes.map((l) => l.name),
    cards,
  };
}
