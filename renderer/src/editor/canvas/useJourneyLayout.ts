import { useMemo, useRef } from 'react';
import { sameLayoutInputs } from '../../../../shared/layout/layoutInputs';
import { layoutJourney, type JourneyLayout } from '../../../../shared/layout/layoutJourney';
import type { ConnectionRouter } from '../../../../shared/layout/routing/connectionRouter';
import type { LayoutTheme } from '../../../../shared/layout/theme';
import type { ProjectDoc } from '../../../../shared/model/types';
import { cardsEditedBetween } from '../docEdits';

interface Kept {
  doc: ProjectDoc;
  journeyId: string;
  theme: LayoutTheme;
  router: ConnectionRouter | undefined;
  layout: JourneyLayout;
}

/**
 * The journey's layout, and the very same object after an edit that cannot change it (a title,
 * a description): at 10,000 cards laying out again is most of an edit's cost, and an unchanged
 * layout lets every card node but the edited one be reused as it is.
 */
export function useJourneyLayout(
  doc: ProjectDoc,
  journeyId: string,
  theme: LayoutTheme,
  router: ConnectionRouter | undefined,
): JourneyLayout {
  const kept = useRef<Kept | null>(null);
  // Only ever swaps in a layout equal to the one layoutJourney would return (sameLayoutInputs).
  /* eslint-disable react-hooks/refs */
  return useMemo(() => {
    const last = kept.current;
    const same =
      last !== null &&
      last.journeyId === journeyId &&
      last.theme === theme &&
      last.router === router &&
      sameLayoutInputs(last.doc, doc, theme, cardsEditedBetween(last.doc, doc));
    if (same) {
      // Compared with the newest document next time: fewer changed cards to look at.
      last.doc = doc;
      return last.layout;
    }
    const layout = layoutJourney(doc, journeyId, theme, router);
    kept.current = { doc, journeyId, theme, router, layout };
    return layout;
  }, [doc, journeyId, theme, router]);
  /* eslint-enable react-hooks/refs */
}
