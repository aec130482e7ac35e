import { useState } from 'react';
import {
  defaultOptionsOfEveryFormat,
  EXPORT_FORMATS,
  exportChoice,
  FORMATS,
  type ExportFormat,
  type OptionsOfEveryFormat,
} from '../../../../shared/export/formats';
import { useDocument, useDocumentStore } from '../documentContext';
import { whileOpen } from '../palette/whileOpen';
import { Modal, ModalHeader } from '../palette/Modal';
import { ExportOptionsFields, type OptionValue } from './ExportOptionsFields';
import { ExportStatus } from './ExportStatus';
import { useExportJob } from './useExportJob';
import './transfer.css';

/** File > Export: a format, its options, and the file, drawn by the backend from the model. */
export const ExportDialog = whileOpen('export', ExportForm);

function ExportForm({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const journeyName = useDocument((s) => s.doc.journeys[s.journeyId]?.name ?? '');
  const [format, setFormat] = useState<ExportFormat>('png');
  // Each format keeps its own options while the dialog is open, so switching back finds them.
  const [options, setOptions] = useState<OptionsOfEveryFormat>(defaultOptionsOfEveryFormat);
  const { run: status, start, cancel } = useExportJob();

  const run = () => {
    const { api, journeyId, flushSaves } = store.getState();
    // The backend draws from the file: every edit so far must be in it first.
    const choice = exportChoice(format, options[format]);
    void start({ api, journeyId, choice, before: flushSaves });
  };

  return (
    <Modal label="Export" className="transfer-dialog" onClose={onClose}>
      <ModalHeader title={`Export “${journeyName}”`} onClose={onClose} />
      <div className="transfer-body">
        <fieldset className="format-list">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className={f === format ? 'format-option selected' : 'format-option'}>
              <input
                type="radio"
                name="format"
                value={f}
                checked={f === format}
                autoFocus={f === format}
                onChange={() => setFormat(f)}
              />
              <span className="format-name">{FORMATS[f].label}</span>
              <span className="format-purpose">{FORMATS[f].description}</span>
            </label>
          ))}
        </fieldset>
        <div className="format-options" aria-label="Options">
          <ExportOptionsFields
            key={format}
            fields={FORMATS[format].fields}
            values={options[format]}
            onChange={(key: string, value: OptionValue) =>
              setOptions((all) => ({ ...all, [format]: { ...all[format], [key]: value } }))
            }
          />
        </div>
      </div>
      <footer className="transfer-footer">
        <ExportStatus run={status} onCancel={() => void cancel()} />
        <button
          type="button"
          className="primary-button"
          disabled={status.kind === 'working'}
          onClick={run}
        >
          Export {FORMATS[format].label}
        </button>
      </footer>
    </Modal>
  );
}
