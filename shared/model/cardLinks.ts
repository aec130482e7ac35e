import { byOrderKey, getEntity } from './doc';
import type { CardLink, LaneKind, ProjectDoc, Touchpoint } from './types';

/**
 * What a link between two cards means, read from the lanes the cards are in: a pain point hurts
 * a touchpoint; an opportunity addresses a pain point or changes a touchpoint. Declared once
 * here; the inspector's pickers, dragging from card to card and the insights all read it.
 */
export type LinkMeaning = 'hurts' | 'addresses' | 'changes';

interface LinkRule {
  from: LaneKind;
  to: LaneKind;
  meaning: LinkMeaning;
  /** The picker's label on the `from` card: "Touchpoints it hurts". */
  label: string;
  /** How the `to` card names the links it receives: "Hurt by". */
  inverseLabel: string;
}

export const LINK_RULES: readonly LinkRule[] = [
  {
    from: 'painPoints',
    to: 'touchpoints',
    meaning: 'hurts',
    label: 'Touchpoints it hurts',
    inverseLabel: 'Hurt by',
  },
  {
    from: 'opportunities',
    to: 'painPoints',
    meaning: 'addresses',
    label: 'Pain points it addresses',
    inverseLabel: 'Addressed by',
  },
  {
    from: 'opportunities',
    to: 'touchpoints',
    meaning: 'changes',
    label: 'Touchpoints it changes',
    inverseLabel: 'Changed by',
  },
];

const laneKindOf = (doc: ProjectDoc, card: Touchpoint): LaneKind | undefined =>
  getEntity(doc, 'lanes', card.laneId)?.kind;

export function ruleFor(from: LaneKind | undefined, to: LaneKind | undefined) {
  return LINK_RULES.find((r) => r.from === from && r.to === to);
}

/** The meaning of a link as its cards now stand, or undefined when their lanes give it none. */
export function meaningOf(doc: ProjectDoc, link: CardLink): LinkMeaning | undefined {
  const from = getEntity(doc, 'touchpoints', link.fromId);
  const to = getEntity(doc, 'touchpoints', link.toId);
  if (!from || !to) return undefined;
  return ruleFor(laneKindOf(doc, from), laneKindOf(doc, to))?.meaning;
}

/** Compares cards of one journey in map order: by stage, then place in the cell. */
function inMapOrder(doc: ProjectDoc) {
  const stage = (t: Touchpoint) => getEntity(doc, 'stages', t.stageId)?.orderKey ?? '';
  return (a: Touchpoint, b: Touchpoint) =>
    stage(a) < stage(b) ? -1 : stage(a) > stage(b) ? 1 : byOrderKey(a, b);
}

/** The links out of a card that mean `meaning`, as the cards they lead to, in map order. */
export function linkedCards(
  doc: ProjectDoc,
  cardId: string,
  meaning: LinkMeaning,
): { link: CardLink; card: Touchpoint }[] {
  const order = inMapOrder(doc);
  return Object.values(doc.cardLinks)
    .filter((l) => l.fromId === cardId && meaningOf(doc, l) === meaning)
    .flatMap((link) => {
      const card = getEntity(doc, 'touchpoints', link.toId);
      return card ? [{ link, card }] : [];
    })
    .sort((a, b) => order(a.card, b.card));
}

/** The cards linking to `cardId` with `meaning` (the opportunities addressing a pain point). */
export function linkingCards(doc: ProjectDoc, cardId: string, meaning: LinkMeaning): Touchpoint[] {
  return Object.values(doc.cardLinks)
    .filter((l) => l.toId === cardId && meaningOf(doc, l) === meaning)
    .flatMap((l) => {
      const card = getEntity(doc, 'touchpoints', l.fromId);
      return card ? [card] : [];
    })
    .sort(inMapOrder(doc));
}

/** Every link touching a card, either way: what the canvas draws when the card is selected. */
export function linksTouching(doc: ProjectDoc, cardId: string): CardLink[] {
  return Object.values(doc.cardLinks).filter((l) => l.fromId === cardId || l.toId === cardId);
}

export function findLink(doc: ProjectDoc, fromId: string, toId: string): CardLink | undefined {
  return Object.values(doc.cardLinks).find((l) => l.fromId === fromId && l.toId === toId);
}

/**
 * The link two cards may have, in its direction, whichever of them the person started from
 * (dragging from a touchpoint to a pain point links the pain point to the touchpoint); undefined
 * when their lanes allow none or they are in different journeys.
 */
export function linkBetween(
  doc: ProjectDoc,
  aId: string,
  bId: string,
): { fromId: string; toId: string; meaning: LinkMeaning } | undefined {
  const a = getEntity(doc, 'touchpoints', aId);
  const b = getEntity(doc, 'touchpoints', bId);
  if (!a || !b || a.id === b.id || a.journeyId !== b.journeyId) return undefined;
  const [ka, kb] = [laneKindOf(doc, a), laneKindOf(doc, b)];
  const forward = ruleFor(ka, kb);
  if (forward) return { fromId: a.id, toId: b.id, meaning: forward.meaning };
  const backward = ruleFor(kb, ka);
  if (backward) return { fromId: b.id, toId: a.id, meaning: backward.meaning };
  return undefined;
}

/** The cards of a journey a `meaning` link from `card` may lead to, in map order. */
export function linkCandidates(doc: ProjectDoc, card: Touchpoint, meaning: LinkMeaning) {
  const rule = LINK_RULES.find((r) => r.meaning === meaning);
  if (!rule) return [];
  const lanes = new Set(
    Object.values(doc.lanes)
      .filter((l) => l.journeyId === card.journeyId && l.kind === rule.to)
      .map((l) => l.id),
  );
  return Object.values(doc.touchpoints)
    .filter((t) => t.id !== card.id && lanes.has(t.laneId))
    .sort(inMapOrder(doc));
}

/** The link rules that start from a card of `kind`: the pickers its inspector shows. */
export const rulesFrom = (kind: LaneKind) => LINK_RULES.filter((r) => r.from === kind);

/** The link rules that end at a card of `kind`: what its inspector lists as linked to it. */
export const rulesTo = (kind: LaneKind) => LINK_RULES.filter((r) => r.to === kind);
