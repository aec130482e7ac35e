import { useEffect, useState } from 'react';
import { usePanel } from '../palette/commandContext';
import { Modal, ModalHeader } from '../palette/Modal';
import { useDocumentStore } from '../documentContext';
import { QrCode } from './QrCode';
import { RoomControls } from './RoomControls';
import { RoomInbox } from './RoomInbox';
import { RoomTallies } from './RoomTallies';
import { roomStoreFor, useRoom, type RoomStore } from './roomStore';
import { StartRoomForm } from './StartRoomForm';
import './room.css';

/** The join address and its QR code, large enough to read and scan from the back of a room. */
function JoinCard({ room, large }: { room: RoomStore; large: boolean }) {
  const info = useRoom(room, (s) => s.room);
  if (!info) return null;
  return (
    <section className={large ? 'room-join large' : 'room-join'} aria-labelledby="room-join-title">
      <h3 id="room-join-title">Join from your phone</h3>
      <QrCode text={info.joinUrl} size={large ? 520 : 260} />
      <p className="room-join-url" data-testid="room-join-url">
        {info.joinUrl}
      </p>
      <p className="room-join-count">
        {info.participants} of {info.maxParticipants} joined · on {info.interfaceName}
      </p>
    </section>
  );
}

/** View > Room: start a room, show how to join, the live inbox and tallies; close it. */
export function RoomPanel() {
  const { open, close } = usePanel('room');
  const store = useDocumentStore();
  const room = roomStoreFor(store);
  const info = useRoom(room, (s) => s.room);
  const error = useRoom(room, (s) => s.error);
  const version = useRoom(room, (s) => s.version);
  const [large, setLarge] = useState(false);
  useEffect(() => {
    if (open) void room.getState().refresh();
  }, [open, room]);
  if (!open) return null;
  return (
    <Modal label="Room" className="room-panel" onClose={close}>
      <div className="room-body" data-room-version={version}>
        <ModalHeader
          title={info ? 'Room is open' : 'Start a room'}
          onClose={close}
          focusClose={!!info}
        >
          {info && (
            <label className="room-inline">
              <input type="checkbox" checked={large} onChange={(e) => setLarge(e.target.checked)} />
              Large QR code
            </label>
          )}
        </ModalHeader>
        {error && (
          <p className="room-error" role="alert">
            {error}
          </p>
        )}
        {!info ? (
          <StartRoomForm room={room} />
        ) : (
          <>
            <RoomControls room={room} />
            <div className={large ? 'room-grid large' : 'room-grid'}>
              <JoinCard room={room} large={large} />
              {!large && <RoomInbox room={room} />}
              {!large && <RoomTallies room={room} />}
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
