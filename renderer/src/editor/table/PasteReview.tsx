import type { CsvImportPlan } from '../../../../shared/import/csv';
import type { RowSet } from '../../../../shared/model/types';
import { countOf } from '../../../../shared/text/plural';
import { Modal, ModalHeader } from '../palette/Modal';
import { ImportPreview } from '../transfer/ImportPreview';
import '../transfer/transfer.css';

/** Whether a paste makes stages or lanes too (a name no stage has): worth a look before it goes in. */
export const planAddsPlaces = (rows: RowSet): boolean =>
  (rows.stages?.length ?? 0) > 0 || (rows.lanes?.length ?? 0) > 0;

/**
 * What a paste of spreadsheet rows would add, shown before anything is written when some rows
 * are bad (each with its row number and reason, as the CSV import lists them), or when it makes
 * new stages or lanes. Adding skips the bad rows; closing adds nothing.
 */
export function PasteReview(props: {
  plan: CsvImportPlan;
  onApply: () => void;
  onClose: () => void;
}) {
  const { plan } = props;
  const cards = plan.ok ? (plan.value.rows.touchpoints?.length ?? 0) : 0;
  const skipped = plan.ok ? plan.value.rejected.length : 0;
  const label = skipped
    ? `Add ${countOf(cards, 'card')}, skip ${countOf(skipped, 'row')}`
    : `Add ${countOf(cards, 'card')}`;
  return (
    <Modal label="Paste rows" className="transfer-dialog paste-review" onClose={props.onClose}>
      <ModalHeader title="Paste rows into the table" onClose={props.onClose} />
      <div className="paste-review-body" role="region" aria-label="What the paste adds">
        <ImportPreview plan={plan} />
        {plan.ok && (
          <p className="inspector-note">
            Nothing is added until you choose; one Undo takes the whole paste back.
          </p>
        )}
      </div>
      <footer className="transfer-footer">
        <button type="button" className="toolbar-text-button" onClick={props.onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={cards === 0}
          autoFocus={cards > 0}
          onClick={props.onApply}
        >
          {label}
        </button>
      </footer>
    </Modal>
  );
}
