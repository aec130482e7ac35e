import { useMemo, useState } from 'react';
import { getEntity } from '../../../../shared/model/doc';
import { addTouchpoint, connectTouchpoints } from '../actions';
import { useDocument } from '../documentContext';
import { useCommandContext, usePanel } from '../palette/commandContext';
import { navKey } from './navModel';
import { connectChoices, connectSource, laneChoices, stageForNewCard } from './keyboardCommands';
import { PickerDialog } from './PickerDialog';

/** "Connect to…": pick the card an arrow from the selected card goes to. */
export function ConnectPicker() {
  const { open, close } = usePanel('connect');
  return open ? <ConnectDialog onClose={close} /> : null;
}

function ConnectDialog({ onClose }: { onClose: () => void }) {
  const ctx = useCommandContext();
  const { store } = ctx;
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  // The card it starts from is the one selected when the picker opened.
  const [fromId] = useState(() => connectSource(store));
  const choices = useMemo(
    () => (fromId ? connectChoices(doc, journeyId, fromId) : []),
    [doc, journeyId, fromId],
  );
  const from = fromId ? getEntity(doc, 'touchpoints', fromId) : undefined;
  if (!fromId || !from) return null;
  return (
    <PickerDialog
      title={`Connect “${from.title || 'Untitled'}” to…`}
      searchLabel="Card to connect to"
      choices={choices}
      onClose={onClose}
      onPick={(toId) => {
        connectTouchpoints(store, fromId, toId);
        // Back on the card it starts from; its connections are listed in the inspector.
        ctx.focus?.getState().focus?.(navKey.card(fromId));
      }}
    />
  );
}

/** "Add card to lane…": pick a lane; the card goes in the stage the keyboard is in. */
export function LanePicker() {
  const { open, close } = usePanel('add-card');
  return open ? <LaneDialog onClose={close} /> : null;
}

function LaneDialog({ onClose }: { onClose: () => void }) {
  const ctx = useCommandContext();
  const doc = useDocument((s) => s.doc);
  const journeyId = useDocument((s) => s.journeyId);
  const [stageId] = useState(() => stageForNewCard(ctx));
  const choices = useMemo(() => laneChoices(doc, journeyId), [doc, journeyId]);
  const stage = stageId ? getEntity(doc, 'stages', stageId) : undefined;
  if (!stageId || !stage) return null;
  return (
    <PickerDialog
      title={`Add a card to “${stage.name}”, in lane…`}
      searchLabel="Lane"
      choices={choices}
      onClose={onClose}
      onPick={(laneId) => addTouchpoint(ctx.store, stageId, laneId)}
    />
  );
}
