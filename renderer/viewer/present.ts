import type { ViewerData } from '../../shared/export/html/viewerData';
import { boxInRoot } from './geometry';
import type { ViewBox } from './viewBox';

/**
 * Presentation: the toolbar goes, and the view glides from stage to stage with its name and
 * goal in a bar below. Arrow keys, Space and Page keys step; Escape leaves.
 */
export function bindPresentation(
  data: ViewerData,
  svg: SVGSVGElement,
  view: ViewBox,
  cards: ReadonlyMap<string, SVGGElement>,
  onStart: () => void,
) {
  const columns = [...svg.querySelectorAll<SVGGElement>('g.stage')];
  const bar = document.getElementById('present-bar') as HTMLElement;
  const name = document.getElementById('present-stage') as HTMLElement;
  const goal = document.getElementById('present-goal') as HTMLElement;
  const step = document.getElementById('present-step') as HTMLElement;
  const startButton = document.getElementById('present') as HTMLButtonElement;
  let at = -1;

  const show = (index: number) => {
    const column = columns[index];
    if (!column) return;
    at = index;
    view.show(boxInRoot(svg, column), true, 24);
    // The other stages step back, so the room looks where the facilitator talks.
    columns.forEach((c, i) => c.classList.toggle('elsewhere', i !== index));
    for (const card of data.cards) {
      cards.get(card.id)?.classList.toggle('elsewhere', card.stageIndex !== index);
    }
    name.textContent = data.stages[index]?.name ?? column.getAttribute('data-stage-name') ?? '';
    goal.textContent = data.stages[index]?.goal ?? '';
    step.textContent = `${index + 1} / ${columns.length}`;
  };
  const start = () => {
    if (columns.length === 0) return;
    onStart();
    document.body.classList.add('presenting');
    bar.hidden = false;
    show(0);
    (document.getElementById('present-next') as HTMLButtonElement).focus();
  };
  const stop = () => {
    if (at < 0) return;
    at = -1;
    document.body.classList.remove('presenting');
    bar.hidden = true;
    for (const el of svg.querySelectorAll('.elsewhere')) el.classList.remove('elsewhere');
    view.fit(true);
    startButton.focus();
  };
  const next = () => show(Math.min(at + 1, columns.length - 1));
  const previous = () => show(Math.max(at - 1, 0));

  startButton.disabled = columns.length === 0;
  startButton.addEventListener('click', start);
  document.getElementById('present-next')?.addEventListener('click', next);
  document.getElementById('present-prev')?.addEventListener('click', previous);
  document.getElementById('present-exit')?.addEventListener('click', stop);
  document.addEventListener(
    'keydown',
    (e) => {
      if (at < 0) return;
      const keys: Record<string, () => void> = {
        ArrowRight: next,
        ArrowDown: next,
        PageDown: next,
        ' ': next,
        ArrowLeft: previous,
        ArrowUp: previous,
        PageUp: previous,
        Home: () => show(0),
        End: () => show(columns.length - 1),
        Escape: stop,
      };
      const run = keys[e.key];
      if (run) {
        e.preventDefault();
        e.stopPropagation();
        run();
      }
    },
    true,
  );
  return { presenting: () => at >= 0 };
}
