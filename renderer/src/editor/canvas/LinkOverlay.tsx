import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { linkLines } from '../../../../shared/layout/linkLines';
import type { ProjectDoc } from '../../../../shared/model/types';

/**
 * The links of the selected or hovered cards (pain point -> touchpoint, opportunity -> pain
 * point or touchpoint), drawn as quiet dotted curves under the cards; nothing when no linked
 * card is selected or hovered. Decoration only: the inspector lists the same links as text.
 */
export const LinkOverlay = memo(function LinkOverlay({
  doc,
  layout,
  cardIds,
}: {
  doc: ProjectDoc;
  layout: JourneyLayout;
  cardIds: readonly string[];
}) {
  const lines = useMemo(() => linkLines(doc, layout, new Set(cardIds)), [doc, layout, cardIds]);
  if (lines.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="link-overlay" width={layout.width} height={layout.height} aria-hidden="true">
        {lines.map((l) => (
          <path
            key={l.id}
            d={l.path}
            className={`link-line link-${l.meaning}`}
            data-testid="link-line"
          />
        ))}
      </svg>
    </ViewportPortal>
  );
});
