import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaylineApi } from '../../../../shared/api/schema';
import { phone, roomProject, type RoomProject } from '../../../../test/unit/roomHttp';
import type { ParticipantView } from '../../../../shared/room/roomProtocol';
import { createRoomStore, type RoomStore } from './roomStore';

let project: RoomProject;
let room: RoomStore;

beforeEach(async () => {
  project = await roomProject();
  room = createRoomStore(project.api as WaylineApi);
});
afterEach(() => {
  room.getState().stop();
  project.cleanup();
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 20));
  expect(check()).toBe(true);
};

describe('the facilitator’s room store', () => {
  it('starts a room, hears notes as they come, and keeps the notes map when only tallies change', async () => {
    await room.getState().start({ address: '127.0.0.1', journeyId: project.journeyId });
    const info = room.getState().room!;
    expect(info.joinUrl).toContain('127.0.0.1');
    const p = phone(info.joinUrl);
    await p.join('Ana');
    const view = (await p.send('state')).json() as ParticipantView;
    await p.send('note', { kind: 'idea', text: 'Show the total first', stageId: view.stage!.id });
    await until(() => room.getState().notes.size === 1);
    const notes = room.getState().notes;
    await p.send('rate', { touchpointId: view.touchpoints[0]!.id, emotion: 2 });
    await until(() => room.getState().ratings[view.touchpoints[0]!.id]?.n === 1);
    expect(room.getState().notes).toBe(notes);

    const note = [...notes.values()][0]!;
    await room.getState().resolve(note.id, 'dismissed');
    await until(() => room.getState().notes.get(note.id)?.status === 'dismissed');

    await room.getState().update({ showResults: true, timerSeconds: 60 });
    expect(room.getState().room?.showResults).toBe(true);
    expect(room.getState().room?.timer.endsAt).toBeGreaterThan(Date.now());
    await room.getState().close();
    expect(room.getState().room).toBeNull();
    expect(room.getState().error).toBeNull();
  });

  it('says why a room could not start', async () => {
    await room.getState().start({ address: '203.0.113.9', journeyId: project.journeyId });
    expect(room.getState().room).toBeNull();
    expect(room.getState().error).toContain('no network address 203.0.113.9');
  });
});
