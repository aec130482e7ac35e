import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagesOf } from '../../../shared/model/doc';
import {
  MAX_PARTICIPANTS,
  type ParticipantView,
  type RoomState,
} from '../../../shared/room/roomProtocol';
import { phone, raw, roomProject, type RoomProject } from '../../../test/unit/roomHttp';

let project: RoomProject;
let room: RoomState;
let joinUrl: string;

beforeEach(async () => {
  project = await roomProject();
  room = await project.api['room.start']({ address: '127.0.0.1', journeyId: project.journeyId });
  joinUrl = room.room?.joinUrl ?? '';
});
afterEach(() => project.cleanup());

describe('room mode: a phone takes part', () => {
  it('joins, sees the stage, posts a note, a rating and votes; the facilitator sees them', async () => {
    expect(joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/([a-z2-9]{4}-){3}[a-z2-9]{4}\/$/);
    const p = phone(joinUrl);
    expect((await p.join('Ana')).status).toBe(200);
    const view = (await p.send('state')).json() as ParticipantView;
    const doc = (await project.api['project.load']({})).doc;
    expect(view.stage?.name).toBe(stagesOf(doc, project.journeyId)[0]?.name);
    expect(view.touchpoints.length).toBeGreaterThan(0);
    expect(view.opportunities.length).toBeGreaterThan(0);
    expect(view.votesLeft).toBe(3);

    const since = (await project.api['room.state']({})).version;
    const waiting = project.api['room.state']({ since, waitMs: 5000 });
    const started = Date.now();
    const note = await p.send('note', {
      kind: 'painPoint',
      text: 'The price jumps at the end',
      stageId: view.stage?.id,
    });
    expect(note.status).toBe(200);
    const seen = await waiting;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(seen.full).toBe(false);
    expect(seen.notes).toMatchObject([
      { kind: 'painPoint', text: 'The price jumps at the end', name: 'Ana', status: 'new' },
    ]);

    const tp = view.touchpoints[0]!.id;
    const opp = view.opportunities[0]!.id;
    expect((await p.send('rate', { touchpointId: tp, emotion: -2 })).status).toBe(200);
    for (let i = 0; i < 3; i++)
      expect((await p.send('vote', { opportunityId: opp, delta: 1 })).status).toBe(200);
    const fourth = await p.send('vote', { opportunityId: opp, delta: 1 });
    expect(fourth.status).toBe(409);
    const state = await project.api['room.state']({});
    expect(state.ratings[tp]).toMatchObject({ n: 1, mean: -2, counts: [1, 0, 0, 0, 0] });
    expect(state.votes[opp]).toBe(3);
    expect(state.room?.participants).toBe(1);
    // Results reach phones only when the facilitator shows them.
    expect(((await p.send('state')).json() as ParticipantView).results).toBeNull();
    await project.api['room.update']({ showResults: true });
    expect(((await p.send('state')).json() as ParticipantView).results?.votes[opp]).toBe(3);
  });

  it('a rating or vote for a card that is not a touchpoint or opportunity is refused', async () => {
    const p = phone(joinUrl);
    await p.join();
    const view = (await p.send('state')).json() as ParticipantView;
    expect(
      (await p.send('rate', { touchpointId: view.opportunities[0]!.id, emotion: 1 })).status,
    ).toBe(404);
    expect(
      (await p.send('vote', { opportunityId: view.touchpoints[0]!.id, delta: 1 })).status,
    ).toBe(404);
    expect((await p.send('note', { kind: 'idea', text: 'x', stageId: 'nope' })).status).toBe(404);
    expect(
      (await p.send('note', { kind: 'idea', text: 'x'.repeat(281), stageId: view.stage!.id }))
        .status,
    ).toBe(400);
  });
});

describe('room mode: security', () => {
  it('serves nothing but the room: the editing API, events and files are not there', async () => {
    const { port, host } = phone(joinUrl);
    const json = { Host: host, Origin: `http://${host}`, 'Content-Type': 'application/json' };
    for (const [method, path] of [
      ['POST', '/api/project.load'],
      ['POST', '/api/project.applyOps'],
      ['GET', '/events'],
      ['GET', '/'],
      ['GET', '/index.html'],
      ['GET', `/r/${room.room!.code}/../../api/project.load`],
      ['GET', `/r/${room.room!.code}/api/../../../etc/passwd`],
      ['GET', `/r/${room.room!.code}/index.html`],
    ] as const) {
      const answer = await raw(port, path, {
        method,
        headers: json,
        body: method === 'POST' ? '{}' : undefined,
      });
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(answer.body).not.toContain('Workshop');
    }
  });

  it('refuses a wrong code, another Host and another Origin', async () => {
    const p = phone(joinUrl);
    const wrong = joinUrl.replace(room.room!.code, 'A'.repeat(16));
    expect((await phone(wrong).join()).status).toBe(404);
    expect((await raw(p.port, p.path, { headers: { Host: p.host } })).status).toBe(200);
    expect((await raw(p.port, p.path, { headers: { Host: 'evil.example:80' } })).status).toBe(421);
    // The page's fonts come from the room too (electron/uiFonts.ts), and from nowhere else.
    const fonts = await raw(p.port, `${p.path}fonts/ui-fonts.css`, { headers: { Host: p.host } });
    expect(fonts.status).toBe(200);
    expect(fonts.body).toContain("font-family:'Noto Sans SC'");
    expect((await raw(p.port, `${p.path}fonts/x.woff`, { headers: { Host: p.host } })).status).toBe(
      404,
    );
    const post = (origin?: string) =>
      raw(p.port, `${p.path}api/join`, {
        method: 'POST',
        headers: {
          Host: p.host,
          'Content-Type': 'application/json',
          ...(origin ? { Origin: origin } : {}),
        },
        body: '{}',
      });
    expect((await post('http://evil.example')).status).toBe(403);
    expect((await post()).status).toBe(403);
    expect((await post(`http://${p.host}`)).status).toBe(200);
    const state = await project.api['room.state']({});
    expect(state.room?.refused).toBeGreaterThanOrEqual(3);
  });

  it('refuses an oversized body', async () => {
    const p = phone(joinUrl);
    await p.join();
    const view = (await p.send('state')).json() as ParticipantView;
    const big = await p.send('note', {
      kind: 'idea',
      text: 'x'.repeat(10_000),
      stageId: view.stage!.id,
    });
    expect(big.status).toBe(413);
    expect((await project.api['room.state']({})).notes).toHaveLength(0);
  });

  it('limits each participant’s rate of posts', async () => {
    const p = phone(joinUrl);
    await p.join();
    const view = (await p.send('state')).json() as ParticipantView;
    const statuses: number[] = [];
    for (let i = 0; i < 14; i++) {
      statuses.push(
        (await p.send('rate', { touchpointId: view.touchpoints[0]!.id, emotion: 1 })).status,
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    // Another participant is not held back by the first.
    const other = phone(joinUrl);
    await other.join();
    expect(
      (await other.send('rate', { touchpointId: view.touchpoints[0]!.id, emotion: 1 })).status,
    ).toBe(200);
  });

  it(`takes ${MAX_PARTICIPANTS} participants and refuses the next`, async () => {
    for (let i = 0; i < MAX_PARTICIPANTS; i++)
      expect((await phone(joinUrl).join()).status).toBe(200);
    const refused = await phone(joinUrl).join();
    expect(refused.status).toBe(403);
    expect(refused.body).toContain('full');
    expect((await project.api['room.state']({})).room?.participants).toBe(MAX_PARTICIPANTS);
  });

  it('a closed room refuses everything, and closing the project closes the room', async () => {
    const p = phone(joinUrl);
    await p.join();
    await project.api['room.close']({});
    await expect(p.send('state')).rejects.toThrow(/ECONNREFUSED/);
    expect((await project.api['room.state']({})).room).toBeNull();

    const again = await project.api['room.start']({
      address: '127.0.0.1',
      journeyId: project.journeyId,
    });
    const q = phone(again.room!.joinUrl);
    expect((await q.join()).status).toBe(200);
    await project.api['project.close']({});
    await expect(q.send('state')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('listens only on an address of this machine', async () => {
    await project.api['room.close']({});
    await expect(
      project.api['room.start']({ address: '0.0.0.0', journeyId: project.journeyId }),
    ).rejects.toThrow(/no network address/);
    const interfaces = await project.api['room.interfaces']({});
    expect(interfaces.some((i) => i.address === '127.0.0.1' && i.internal)).toBe(true);
  });
});

describe('room mode: the map changes under the room', () => {
  it('tells phones plainly when the room’s journey has been deleted', async () => {
    const p = phone(joinUrl);
    await p.join();
    const { revision } = await project.api['project.load']({});
    await project.api['project.applyOps']({
      ops: [{ type: 'deleteRows', ids: { journeys: [project.journeyId] } }],
      baseRevision: revision,
    });
    const answer = await p.send('state');
    expect(answer.status).toBe(410);
    expect(answer.body).toContain('journey');
  });
});
