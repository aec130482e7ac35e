import type { RoomState } from '../../shared/room/roomProtocol';
import { RoomPanel } from './support/roomPage';
import { percentile, simulateParticipant } from './support/roomLoad';
import { expect, test } from './support/workspace';

// 50 simulated participants post notes, ratings and votes for 60 s while the facilitator's
// screen (the real editor in Chromium) shows the room. Counted: posts accepted, refused (rate
// limit, no votes left) and lost (accepted but never shown); timed: from a post leaving the
// phone to the facilitator's screen showing the room version it made.

const PARTICIPANTS = 50;
const RUN_MS = 60_000;

test('50 participants for 60 s: nothing lost, and the facilitator sees posts quickly', async ({
  workspace,
  page,
}) => {
  test.setTimeout(180_000);
  await workspace.serveSeeded(['hotel-example'], 'Load');
  const room = new RoomPanel(page);
  const joinUrl = await room.start();

  // When the screen shows each room version: stamped at the frame after React drew it.
  await page.evaluate(() => {
    const shown: [number, number][] = [];
    (window as unknown as { shownVersions: [number, number][] }).shownVersions = shown;
    const body = document.querySelector('.room-body') as HTMLElement;
    new MutationObserver(() => {
      const version = Number(body.dataset.roomVersion);
      requestAnimationFrame(() => shown.push([version, Date.now()]));
    }).observe(body, { attributes: true, attributeFilter: ['data-room-version'] });
  });

  const runs = await Promise.all(
    // Every tenth taps three times a second, past the rate limit (1 a second after a burst of 10).
    Array.from({ length: PARTICIPANTS }, (_, i) =>
      simulateParticipant(joinUrl, i, RUN_MS, i % 10 === 0 ? 330 : 1000),
    ),
  );
  const posts = runs.flatMap((r) => r.posts);
  const accepted = posts.filter((p) => p.status === 200);
  const refused = posts.filter((p) => p.status !== 200);
  const failed = runs.reduce((n, r) => n + r.failed, 0);
  const lastVersion = Math.max(...accepted.map((p) => p.version ?? 0));
  await expect
    .poll(() =>
      page.evaluate(() =>
        Number((document.querySelector('.room-body') as HTMLElement).dataset.roomVersion),
      ),
    )
    .toBeGreaterThanOrEqual(lastVersion);

  // What the facilitator's screen is built from, read through the same API with the page's session.
  const state = (await page.evaluate(async () => {
    const res = await fetch('/api/room.state', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Wayline-Token': localStorage.getItem('wayline.token') ?? '',
      },
      body: '{}',
    });
    return ((await res.json()) as { value: unknown }).value;
  })) as RoomState;
  const noteIds = new Set(state.notes.map((n) => n.id));
  const lostNotes = accepted.filter((p) => p.kind === 'note' && !noteIds.has(p.noteId ?? ''));
  const expectedVotes: Record<string, number> = {};
  const expectedRatings = new Map<string, number[]>();
  for (const run of runs) {
    for (const [id, n] of run.votes) expectedVotes[id] = (expectedVotes[id] ?? 0) + n;
    for (const [id, e] of run.ratings)
      expectedRatings.set(id, [...(expectedRatings.get(id) ?? []), e]);
  }
  const ratingsMatch = [...expectedRatings].every(
    ([id, list]) => state.ratings[id]?.n === list.length,
  );
  const acceptedNotes = accepted.filter((p) => p.kind === 'note').length;
  await expect(room.panel.locator('#room-inbox-title')).toContainText(`${acceptedNotes} new`);

  const shown = await page.evaluate(
    () => (window as unknown as { shownVersions: [number, number][] }).shownVersions,
  );
  const latencies = accepted
    .map((p) => {
      const seen = shown.find(([v]) => v >= (p.version ?? Infinity));
      return seen ? seen[1] - p.sentAt : Infinity;
    })
    .sort((a, b) => a - b);
  const byKind = (kind: string) => accepted.filter((p) => p.kind === kind).length;
  const report = {
    participants: PARTICIPANTS,
    seconds: RUN_MS / 1000,
    posts: posts.length,
    accepted: accepted.length,
    acceptedByKind: { notes: byKind('note'), ratings: byKind('rate'), votes: byKind('vote') },
    refused: refused.length,
    refusedByStatus: Object.fromEntries(
      [...new Set(refused.map((p) => p.status))].map((s) => [
        s,
        refused.filter((p) => p.status === s).length,
      ]),
    ),
    failed,
    lost:
      lostNotes.length +
      (ratingsMatch ? 0 : 1) +
      (JSON.stringify(sortKeys(state.votes)) === JSON.stringify(sortKeys(expectedVotes)) ? 0 : 1),
    postToScreenMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies.at(-1),
    },
  };
  console.log(`[room load] ${JSON.stringify(report)}`);
  expect(failed).toBe(0);
  expect(report.lost).toBe(0);
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.every((p) => p.status === 429 || p.status === 409)).toBe(true);
  expect(accepted.length).toBeGreaterThan(PARTICIPANTS * 30);
  // The target is 500 ms; on a 2-core machine shared with other jobs the test fails only at twice it.
  expect(report.postToScreenMs.p95).toBeLessThan(1000);
});

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
