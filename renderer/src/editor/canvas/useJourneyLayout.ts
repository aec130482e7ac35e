import { useMemo, useRef } from 'react';
import { sameLayoutInputs } from '../../../../shared/layout/layoutInputs';
import { layoutJourney, type JourneyLayout } from '../../../../shared/layout/layoutJourney';
import { resizedLayout } from '../../../../shared/layout/resizedLayout';
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
 * layout lets every card node but the edited one be reused as it is. An edit that only resizes
 * cards (a title wrapping onto another line) moves what is below them in the layout it had
 * (`resizedLayout`), keeping every other box as it was.
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
    const alike =
      last !== null &&
      last.journeyId === journeyId &&
      last.theme === theme &&
      last.router === router;
    const changed = alike ? cardsEditedBetween(last.doc, doc) : undefined;
    if (alike && sameLayoutInputs(last.doc, doc, theme, changed)) {
      // Compared with the newest document next time: fewer changed cards to look at.
      last.doc = doc;
      return last.layout;
    }
    // A card that only grew or shrank (its title wrapped): the cards after it move, no more.
    const layout =
      (alike &&
        changed &&
        resizedLayout(last.layout, last.doc, doc, journeyId, changed, theme, router)) ||
      layoutJourney(doc, journeyId, theme, router);
    kept.current = { doc, journeyId, theme, router, layout };
    return layout;
  }, [doc, journeyId, theme, router]);
  /* eslint-enable react-hooks/refs */
}
