import { Agent } from 'node:http';
import type { ParticipantView } from '../../../shared/room/roomProtocol';
import { phone } from '../../unit/roomHttp';

/** One post a simulated participant made, and what the room answered. */
export interface Post {
  kind: 'note' | 'rate' | 'vote';
  sentAt: number;
  status: number;
  /** The room version the post made (accepted posts only). */
  version?: number;
  noteId?: string;
}

export interface ParticipantRun {
  posts: Post[];
  /** What the room must show for this participant at the end: its last rating per card, its votes. */
  ratings: Map<string, number>;
  votes: Map<string, number>;
  failed: number;
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A phone's person for `ms`: reads the room every 2 s, as the page does, and posts every
 * `pauseMs` or so (notes, ratings, votes), each post awaited before the next, as taps are.
 */
export async function simulateParticipant(
  joinUrl: string,
  index: number,
  ms: number,
  /** Mean pause between posts: 1 s for most; a fast tapper posts faster than the rate limit. */
  pauseMs = 1000,
): Promise<ParticipantRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const p = phone(joinUrl, agent);
  const run: ParticipantRun = { posts: [], ratings: new Map(), votes: new Map(), failed: 0 };
  await p.join(`Person ${index + 1}`);
  const view = (await p.send('state')).json() as ParticipantView;
  const stageId = view.stage?.id ?? '';
  const end = Date.now() + ms;
  let stop = false;
  const reader = (async () => {
    while (!stop) {
      await sleep(2000);
      await p.send('state').catch(() => (run.failed += 1));
    }
  })();
  let n = 0;
  while (Date.now() < end) {
    await sleep(pauseMs * (0.3 + Math.random() * 1.4));
    const roll = Math.random();
    const sentAt = Date.now();
    try {
      if (roll < 0.4) {
        const answer = await p.send('note', {
          kind: pick(['thought', 'painPoint', 'idea']),
          text: `Load note ${index}-${++n}`,
          stageId,
        });
        const body =
          answer.status === 200 ? (answer.json() as { id: string; version: number }) : undefined;
        run.posts.push({
          kind: 'note',
          sentAt,
          status: answer.status,
          version: body?.version,
          noteId: body?.id,
        });
      } else if (roll < 0.8) {
        const touchpointId = pick(view.touchpoints).id;
        const emotion = Math.floor(Math.random() * 5) - 2;
        const answer = await p.send('rate', { touchpointId, emotion });
        if (answer.status === 200) run.ratings.set(touchpointId, emotion);
        run.posts.push({
          kind: 'rate',
          sentAt,
          status: answer.status,
          version: (answer.json() as { version?: number }).version,
        });
      } else {
        const opportunityId = pick(view.opportunities).id;
        const used = [...run.votes.values()].reduce((a, b) => a + b, 0);
        const delta = used < view.votesPerParticipant ? 1 : -1;
        const target = delta === 1 ? opportunityId : [...run.votes.keys()][0]!;
        const answer = await p.send('vote', { opportunityId: target, delta });
        if (answer.status === 200) {
          const next = (run.votes.get(target) ?? 0) + delta;
          if (next === 0) run.votes.delete(target);
          else run.votes.set(target, next);
        }
        run.posts.push({
          kind: 'vote',
          sentAt,
          status: answer.status,
          version: (answer.json() as { version?: number }).version,
        });
      }
    } catch {
      run.failed += 1;
    }
  }
  stop = true;
  await reader;
  agent.destroy();
  return run;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}
