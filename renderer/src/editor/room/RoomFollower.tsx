import { useEffect } from 'react';
import { useCommandContext } from '../palette/commandContext';
import { roomStoreFor } from './roomStore';

/**
 * While the editor presents, the open room follows the presentation's stage, so phones see the
 * stage on the projector. Mounted once per editor; draws nothing.
 */
export function RoomFollower() {
  const { store, panels } = useCommandContext();
  useEffect(() => {
    if (!panels) return;
    const room = roomStoreFor(store);
    void room.getState().refresh();
    return panels.subscribe((now, before) => {
      const stageId = now.open === 'present' ? now.presentStageId : null;
      const info = room.getState().room;
      if (!stageId || !info || stageId === info.stageId) return;
      if (stageId !== before.presentStageId || before.open !== 'present') {
        void room.getState().update({ stageId });
      }
    });
  }, [store, panels]);
  return null;
}
