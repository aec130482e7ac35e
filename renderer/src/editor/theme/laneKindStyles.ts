import { laneKindCss } from '../../../../shared/model/laneKindCss';

/** Puts the lane kinds' colour variables in the document once, before anything is drawn. */
export function injectLaneKindStyles(): void {
  if (document.getElementById('lane-kind-styles')) return;
  const style = document.createElement('style');
  style.id = 'lane-kind-styles';
  style.textContent = laneKindCss();
  document.head.prepend(style);
}
