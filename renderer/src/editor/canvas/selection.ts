import type { EdgeChange, NodeChange } from '@xyflow/react';
import { getEntity } from '../../../../shared/model/doc';
import type { ProjectDoc } from '../../../../shared/model/types';
import type { Selection, SelectionKind } from '../documentStore';
import { LANE_NODE } from '../flow/buildMapNodes';

/** What a canvas node or edge id names in `doc`, if it is something that can be selected. */
export function nodeKindIn(doc: ProjectDoc): (id: string) => SelectionKind | undefined {
  return (id) => {
    if (id.startsWith(LANE_NODE)) return 'lane';
    if (getEntity(doc, 'touchpoints', id)) return 'touchpoint';
    if (getEntity(doc, 'connections', id)) return 'connection';
    if (getEntity(doc, 'stages', id)) return 'stage';
    return undefined;
  };
}

/**
 * Folds React Flow's select/unselect changes into the store's selection. One kind at a time:
 * cards win over connections, connections over stages and lanes. The selection holds a lane's
 * own id, React Flow its label node's.
 */
export function nextSelection(
  current: Selection,
  changes: readonly (NodeChange | EdgeChange)[],
  kindOf: (id: string) => SelectionKind | undefined,
): Selection {
  const ids = new Set(
    (current?.ids ?? []).map((id) => (current?.kind === 'lane' ? LANE_NODE + id : id)),
  );
  for (const change of changes) {
    if (change.type !== 'select') continue;
    if (change.selected) ids.add(change.id);
    else ids.delete(change.id);
  }
  for (const kind of ['touchpoint', 'connection', 'stage', 'lane'] as const) {
    const picked = [...ids].filter((id) => kindOf(id) === kind);
    if (picked.length > 0) {
      return {
        kind,
        ids: kind === 'lane' ? picked.map((id) => id.slice(LANE_NODE.length)) : picked,
      };
    }
  }
  return null;
}
