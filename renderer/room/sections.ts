/**
 * The participant page's sections, each rebuilt from the room's view when its data changes:
 * the stage, the emotion ratings of its touchpoints, the dot votes. Plain DOM, text as text.
 */
import { emotionFace } from '../../shared/export/svg/glyphs';
import { EMOTION_LEVELS, emotionLevel } from '../../shared/model/scales';
import type { ParticipantView, RatingTally } from '../../shared/room/roomProtocol';
import { clock, h } from './dom';

function face(emotion: number | null, size: number): HTMLElement {
  const span = h('span', { class: 'face', 'aria-hidden': 'true' });
  // Our own drawing (numbers and colours only): no participant text goes into this markup.
  span.innerHTML = `<svg viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">${emotionFace(emotion, 0, 0, size)}</svg>`;
  return span;
}

export function stageSection(view: ParticipantView): HTMLElement {
  const { stage } = view;
  if (!stage)
    return h('section', { class: 'stage' }, h('h1', { text: 'Waiting for the facilitator…' }));
  return h(
    'section',
    { class: 'stage', 'aria-labelledby': 'stage-name' },
    h('p', {
      class: 'kicker',
      text: `${view.journeyName} · stage ${stage.index + 1} of ${stage.count}`,
    }),
    h('h1', { id: 'stage-name', text: stage.name }),
    stage.goal ? h('p', { class: 'goal' }, h('strong', { text: 'Goal: ' }), stage.goal) : null,
    view.touchpoints.length > 0
      ? h(
          'ul',
          { class: 'touchpoints', 'aria-label': 'Touchpoints of this stage' },
          ...view.touchpoints.map((t) =>
            h('li', { text: t.channel ? `${t.title} (${t.channel})` : t.title }),
          ),
        )
      : null,
  );
}

export function timerText(ms: number | null): string {
  return ms === null ? '' : ms > 0 ? `Time left: ${clock(ms)}` : 'Time is up';
}

function tallyLine(tally: RatingTally | undefined): HTMLElement {
  if (!tally || tally.mean === null)
    return h('p', { class: 'result', text: 'Room: no ratings yet' });
  const level = emotionLevel(tally.mean);
  return h(
    'p',
    { class: 'result' },
    face(tally.mean, 20),
    `Room: ${level.word} (${tally.n} rated)`,
  );
}

export function ratingSection(
  view: ParticipantView,
  onRate: (touchpointId: string, emotion: number | null) => void,
): HTMLElement {
  const items = view.touchpoints.map((t) => {
    const mine = view.mine.ratings[t.id];
    const labelId = `tp-${t.id}`;
    return h(
      'li',
      { class: 'rating' },
      h('p', { id: labelId, class: 'rating-title', text: t.title }),
      h(
        'div',
        { role: 'group', 'aria-labelledby': labelId, class: 'faces' },
        ...EMOTION_LEVELS.map((level) => {
          const pressed = mine === level.value;
          const button = h(
            'button',
            {
              type: 'button',
              class: 'face-button',
              'aria-pressed': pressed ? 'true' : 'false',
              'aria-label': `${level.word} for ${t.title}`,
              'data-key': `rate:${t.id}:${level.value}`,
            },
            face(level.value, 34),
            h('span', { class: 'face-word', text: level.word }),
          );
          button.addEventListener('click', () => onRate(t.id, pressed ? null : level.value));
          return button;
        }),
      ),
      view.results ? tallyLine(view.results.ratings[t.id]) : null,
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'rate-heading' },
    h('h2', { id: 'rate-heading', text: 'How does each touchpoint feel?' }),
    items.length > 0
      ? h('ul', { class: 'plain' }, ...items)
      : h('p', { class: 'muted', text: 'This stage has no touchpoints to rate.' }),
  );
}

export function voteSection(
  view: ParticipantView,
  onVote: (opportunityId: string, delta: 1 | -1) => void,
): HTMLElement {
  const left = view.votesLeft;
  const items = view.opportunities.map((o) => {
    const mine = view.mine.votes[o.id] ?? 0;
    const total = view.results?.votes[o.id];
    const plus = h('button', {
      type: 'button',
      class: 'vote-button',
      'aria-label': `Vote for ${o.title}`,
      'data-key': `vote:${o.id}:+`,
      disabled: left === 0,
      text: '+ Vote',
    });
    plus.addEventListener('click', () => onVote(o.id, 1));
    const minus = h('button', {
      type: 'button',
      class: 'vote-button secondary',
      'aria-label': `Take a vote back from ${o.title}`,
      'data-key': `vote:${o.id}:-`,
      disabled: mine === 0,
      text: '−',
    });
    minus.addEventListener('click', () => onVote(o.id, -1));
    return h(
      'li',
      { class: 'vote' },
      h(
        'div',
        { class: 'vote-text' },
        h('p', { class: 'vote-title', text: o.title }),
        h('p', { class: 'muted', text: o.stageName }),
        h('p', { class: 'dots', text: mine > 0 ? `Your votes: ${'●'.repeat(mine)}` : '' }),
        total !== undefined || view.results
          ? h('p', { class: 'result', text: `Room: ${total ?? 0} votes` })
          : null,
      ),
      h('div', { class: 'vote-actions' }, minus, plus),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'vote-heading' },
    h('h2', { id: 'vote-heading', text: 'Vote for opportunities' }),
    h('p', { class: 'votes-left', text: `${left} of ${view.votesPerParticipant} votes left` }),
    items.length > 0
      ? h('ul', { class: 'plain' }, ...items)
      : h('p', { class: 'muted', text: 'No opportunities on the map yet.' }),
  );
}
