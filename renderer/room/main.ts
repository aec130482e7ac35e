/**
 * The room's participant page (served by electron/backend/room): join with an optional name,
 * see the current stage, add sticky notes to it, rate its touchpoints with faces and dot-vote
 * opportunities. Plain DOM, no framework; bundled by electron/buildViewer.mjs into dist/room/.
 */
import {
  NAME_MAX_CHARS,
  NOTE_KIND_SPECS,
  NOTE_KINDS,
  NOTE_MAX_CHARS,
  type ParticipantView,
} from '../../shared/room/roomProtocol';
import { h } from './dom';
import {
  forgetToken,
  join,
  postNote,
  postRating,
  postVote,
  readRoom,
  RoomCallError,
  storedToken,
} from './roomClient';
import { ratingSection, stageSection, timerText, voteSection } from './sections';
import './room.css';

const POLL_MS = 2000;
const app = document.getElementById('app') as HTMLElement;
let view: ParticipantView | null = null;
let timerEndsAt: number | null = null;

const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const problem = h('p', { class: 'problem', role: 'alert', hidden: true });
const timer = h('p', { class: 'timer', 'aria-live': 'off' });
const stageSlot = h('div');
const rateSlot = h('div');
const voteSlot = h('div');

function say(message: string) {
  status.textContent = message;
}

function showProblem(message: string | null) {
  problem.hidden = message === null;
  problem.textContent = message ?? '';
}

function joinScreen() {
  const name = h('input', {
    id: 'name',
    name: 'name',
    autocomplete: 'nickname',
    maxlength: String(NAME_MAX_CHARS),
  });
  const form = h(
    'form',
    { class: 'join' },
    h('h1', { text: 'Join the workshop' }),
    h('p', {
      text: 'No account needed. What you send goes to the facilitator, who decides what reaches the map.',
    }),
    h('label', { for: 'name', text: 'Your name (optional)' }),
    name,
    h('button', { type: 'submit', class: 'primary', text: 'Join' }),
    problem,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    join(name.value.trim())
      .then(() => start())
      .catch((err: unknown) => showProblem(err instanceof Error ? err.message : String(err)));
  });
  app.replaceChildren(form);
  name.focus();
}

function noteForm(): HTMLElement {
  const text = h('textarea', {
    id: 'note-text',
    rows: '3',
    maxlength: String(NOTE_MAX_CHARS),
    required: true,
  });
  const counter = h('p', {
    class: 'muted counter',
    id: 'note-count',
    text: `0 / ${NOTE_MAX_CHARS}`,
  });
  text.setAttribute('aria-describedby', 'note-count');
  text.addEventListener(
    'input',
    () => (counter.textContent = `${text.value.length} / ${NOTE_MAX_CHARS}`),
  );
  const kinds = NOTE_KINDS.map((kind, i) =>
    h(
      'label',
      { class: 'kind' },
      h('input', { type: 'radio', name: 'kind', value: kind, checked: i === 0 }),
      NOTE_KIND_SPECS[kind].label,
    ),
  );
  const form = h(
    'form',
    { class: 'note-form', 'aria-labelledby': 'note-heading' },
    h('h2', { id: 'note-heading', text: 'Add a sticky note to this stage' }),
    h('fieldset', {}, h('legend', { text: 'What is it?' }), ...kinds),
    h('label', { for: 'note-text', text: 'Your note' }),
    text,
    counter,
    h('button', { type: 'submit', class: 'primary', text: 'Send note' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const kind =
      (form.querySelector('input[name=kind]:checked') as HTMLInputElement | null)?.value ??
      'thought';
    const stageId = view?.stage?.id;
    if (!stageId || !text.value.trim()) return say('Write your note first.');
    postNote(kind, text.value, stageId)
      .then(() => {
        text.value = '';
        counter.textContent = `0 / ${NOTE_MAX_CHARS}`;
        say('Sent. The facilitator sees your note now.');
      })
      .catch(fail);
  });
  return form;
}

function fail(err: unknown) {
  if (err instanceof RoomCallError && err.status === 401) {
    forgetToken();
    return joinScreen();
  }
  say(err instanceof Error ? err.message : String(err));
}

/** Rebuilds a section in place, keeping the focus on the same button if it had it. */
function swap(slot: HTMLElement, next: HTMLElement) {
  const key = (document.activeElement as HTMLElement | null)?.getAttribute?.('data-key');
  slot.replaceChildren(next);
  if (key) (slot.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null)?.focus();
}

let shown = '';
function render(next: ParticipantView) {
  view = next;
  timerEndsAt = next.timerMs === null ? null : Date.now() + next.timerMs;
  tick();
  const { version: _v, timerMs: _t, ...rest } = next;
  const signature = JSON.stringify(rest);
  if (signature === shown) return;
  shown = signature;
  swap(stageSlot, stageSection(next));
  swap(
    rateSlot,
    ratingSection(next, (id, emotion) => void postRating(id, emotion).then(refresh, fail)),
  );
  swap(
    voteSlot,
    voteSection(next, (id, delta) => void postVote(id, delta).then(refresh, fail)),
  );
}

function tick() {
  timer.textContent = timerText(
    timerEndsAt === null ? null : Math.max(0, timerEndsAt - Date.now()),
  );
}

async function refresh() {
  try {
    render(await readRoom());
    showProblem(null);
  } catch (err) {
    if (err instanceof RoomCallError && err.status === 401) return fail(err);
    if (!(err instanceof RoomCallError && err.status === 429)) {
      showProblem(err instanceof Error ? err.message : String(err));
    }
  }
}

function start() {
  app.replaceChildren(
    h('header', { class: 'bar' }, h('span', { text: 'Wayline room' }), timer),
    problem,
    stageSlot,
    noteForm(),
    status,
    rateSlot,
    voteSlot,
  );
  void refresh();
  setInterval(() => void refresh(), POLL_MS);
  setInterval(tick, 1000);
}

if (storedToken()) start();
else joinScreen();
