import type { StoredMedia } from '../api/mediaSchema';
import { byOrderKey, getEntity } from '../model/doc';
import type { Attachment, ProjectDoc } from '../model/types';
import { orderKeysAt } from '../ops/position';
import type { Op } from '../ops/schema';
import { mediaKindOf } from './mediaTypes';

/** A card's attached files in their order (the first image is the card's cover). */
export function attachmentsOf(doc: Pick<ProjectDoc, 'attachments'>, cardId: string): Attachment[] {
  return Object.values(doc.attachments)
    .filter((a) => a.cardId === cardId)
    .sort(byOrderKey);
}

/** Every card's files in order, in one pass: for surfaces that draw many cards. */
export function attachmentsByCard(doc: ProjectDoc): Map<string, Attachment[]> {
  const byCard = new Map<string, Attachment[]>();
  for (const a of Object.values(doc.attachments)) {
    const list = byCard.get(a.cardId);
    if (list) list.push(a);
    else byCard.set(a.cardId, [a]);
  }
  for (const list of byCard.values()) list.sort(byOrderKey);
  return byCard;
}

/** The card's cover: its first image, if it has one. */
export const coverOf = (files: readonly Attachment[]): Attachment | undefined =>
  files.find((a) => mediaKindOf(a.mediaType) === 'image');

/** Attaches stored files after the card's last one: one insertRows op, so one undo step. */
export function attachOp(
  doc: ProjectDoc,
  cardId: string,
  stored: readonly StoredMedia[],
  makeId: () => string,
): Op {
  const card = getEntity(doc, 'touchpoints', cardId);
  if (!card) throw new Error(`No card with id ${cardId}`);
  const siblings = attachmentsOf(doc, cardId);
  const keys = orderKeysAt(siblings, siblings.length, stored.length);
  const rows: Attachment[] = stored.map((s, i) => ({
    id: makeId(),
    journeyId: card.journeyId,
    cardId,
    orderKey: keys[i] as string,
    blobHash: s.hash,
    fileName: s.fileName,
    mediaType: s.mediaType,
    size: s.size,
    width: s.width,
    height: s.height,
  }));
  return { type: 'insertRows', rows: { attachments: rows } };
}

export const detachOp = (ids: readonly string[]): Op => ({
  type: 'deleteRows',
  ids: { attachments: [...ids] },
});

/**
 * Moves a file `delta` places among its card's files (taken off and put back with a new order
 * key: one batch, one undo step); null at either end.
 */
export function moveAttachmentOp(doc: ProjectDoc, id: string, delta: number): Op | null {
  const file = getEntity(doc, 'attachments', id);
  if (!file) return null;
  const others = attachmentsOf(doc, file.cardId).filter((a) => a.id !== id);
  const index = attachmentsOf(doc, file.cardId).findIndex((a) => a.id === id) + delta;
  if (index < 0 || index > others.length) return null;
  const [orderKey] = orderKeysAt(others, index, 1);
  return {
    type: 'batch',
    ops: [
      { type: 'deleteRows', ids: { attachments: [id] } },
      { type: 'insertRows', rows: { attachments: [{ ...file, orderKey: orderKey as string }] } },
    ],
  };
}
