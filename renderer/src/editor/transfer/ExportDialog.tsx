import { useState } from 'react';
import {
  EXPORT_FORMATS,
  exportOptionsSchema,
  FORMAT_INFO,
  type ExportFormat,
  type ExportOptions,
} from '../../../../shared/export/formats';
import { useDocument, useDocumentStore } from '../documentContext';
import { usePanels } from '../palette/commandContext';
import { Modal } from '../palette/Modal';
import { ExportOptionsFields } from './ExportOptionsFields';
import { ExportStatus } from './ExportStatus';
import { useExportJob } from './useExportJob';
import './transfer.css';

/** File > Export: a format, its options, and the file, drawn by the backend from the model. */
export function ExportDialog() {
  const open = usePanels((s) => s.open === 'export');
  const close = usePanels((s) => s.close);
  if (!open) return null;
  return <ExportForm onClose={close} />;
}

function ExportForm({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const journeyName = useDocument((s) => s.doc.journeys[s.journeyId]?.name ?? '');
  const [format, setFormat] = useState<ExportFormat>('png');
  const [options, setOptions] = useState<ExportOptions>(() => exportOptionsSchema.parse({}));
  const { run: status, start, cancel } = useExportJob();

  const run = () => {
    const { api, journeyId, flushSaves } = store.getState();
    // The backend draws from the file: every edit so far must be in it first.
    void start({ api, journeyId, format, options, before: flushSaves });
  };

  return (
    <Modal label="Export" className="transfer-dialog" onClose={onClose}>
      <header className="sheet-header">
        <h2>Export “{journeyName}”</h2>
        <button type="button" className="toolbar-text-button" onClick={onClose}>
          Close
        </button>
      </header>
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
              <span className="format-name">{FORMAT_INFO[f].label}</span>
              <span className="format-purpose">{FORMAT_INFO[f].purpose}</span>
            </label>
          ))}
        </fieldset>
        <div className="format-options" aria-label="Options">
          <ExportOptionsFields
            format={format}
            options={options}
            onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
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
          Export {FORMAT_INFO[format].label}
        </button>
      </footer>
    </Modal>
  );
}
