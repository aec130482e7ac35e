import { useContext, useEffect, type RefObject } from 'react';
import { isTextField } from '../commands';
import { useDocumentStore } from '../documentContext';
import { CanvasFocusContext } from './canvasFocus';
import { keyForSelection } from './navActions';
import type { NavKey } from './navModel';

/**
 * Escape on any control of the inspector, or in a title or stage name edited on the map, puts
 * the focus back on the map, on the item being edited, so the next shortcut is not typed into
 * the field. A second Escape, now on the map, clears the selection (the `deselect` command).
 */
export function useEscapeToCanvas(
  container: RefObject<HTMLElement | null>,
  focusKey: (key: NavKey) => void,
): void {
  const store = useDocumentStore();
  const focusStore = useContext(CanvasFocusContext);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !(e.target instanceof HTMLElement)) return;
      const field = e.target;
      // A dialog's own Escape closes it; the search bar and the sidebar keep theirs.
      if (field.closest('dialog')) return;
      const onMap = isTextField(field) && (container.current?.contains(field) ?? false);
      if (!onMap && !field.closest('.inspector')) return;
      const back = () => {
        const key =
          keyForSelection(store.getState().selection, store) ?? focusStore?.getState().key;
        if (key) focusKey(key);
      };
      // An editor on the map ends itself on Escape (and unmounts): go back once it has.
      if (onMap) setTimeout(back, 0);
      else {
        // Any control of the inspector: back to the map, and not also "clear selection".
        e.preventDefault();
        e.stopPropagation();
        back();
      }
    };
    // Capturing: the map's own editors stop Escape from bubbling once they have used it.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [container, focusKey, focusStore, store]);
}
