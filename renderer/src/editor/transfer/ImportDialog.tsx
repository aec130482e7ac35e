import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { journeyList } from '../../../../shared/model/doc';
import {
  MAX_IMPORT_BYTES,
  planImport,
  type ImportPlan,
} from '../../../../shared/import/planImport';
import { useDocument, useDocumentStore } from '../documentContext';
import { whileOpen } from '../palette/whileOpen';
import { Modal, ModalHeader } from '../palette/Modal';
import { ImportPreview } from './ImportPreview';
import { chooseBundle, isBundleName } from '../media/chooseBundle';
import { SurveyImportForm } from '../survey/SurveyImportForm';
import './transfer.css';
import { ImportFooter } from './ImportFooter';

/** File > Import: pick a file, see what it adds and every row it rejects, then import or not. */
export const ImportDialog = whileOpen('import', ImportForm);

const NEW_JOURNEY = '';
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

function ImportForm({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const journeys = useDocument(useShallow((s) => journeyList(s.doc)));
  const [file, setFile] = useState<{
    name: string;
    bytes: Uint8Array;
    storedBlobs?: Set<string>;
  } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [target, setTarget] = useState(NEW_JOURNEY);
  const [kind, setKind] = useState<'cards' | 'survey'>('cards');
  const isCsv = file !== null && /\.csv$/i.test(file.name);
  // Planned once per file and target, not on every render: a big file takes a moment.
  const plan: ImportPlan | null = useMemo(
    () =>
      file
        ? planImport(file.name, file.bytes, store.getState().doc, {
            journeyId: isCsv && target ? target : undefined,
            ...(file.storedBlobs && { storedBlobs: file.storedBlobs }),
          })
        : null,
    [file, target, isCsv, store],
  );

  const choose = async (picked: File | undefined) => {
    setFile(null);
    setRefusal(null);
    if (!picked) return;
    if (isBundleName(picked.name)) {
      const bundle = await chooseBundle(store.getState().api, picked, store.getState().doc);
      if (bundle.ok)
        setFile({ name: picked.name, bytes: bundle.json, storedBlobs: bundle.storedBlobs });
      setRefusal(bundle.ok ? bundle.refusedFiles.join(' ') || null : bundle.refusal);
      return;
    }
    // Refused before a byte is read: a huge file must not freeze the window.
    if (picked.size > MAX_IMPORT_BYTES) {
      setRefusal(
        `${picked.name} is ${megabytes(picked.size)}; imports are limited to ${megabytes(MAX_IMPORT_BYTES)}.`,
      );
      return;
    }
    setFile({ name: picked.name, bytes: new Uint8Array(await picked.arrayBuffer()) });
  };

  const apply = () => {
    if (!plan?.ok) return;
    const { dispatch, setJourney, locked } = store.getState();
    // Edits are paused while a failed save is dealt with: say so rather than lose the import.
    if (locked) {
      setRefusal(
        locked === 'read_only'
          ? 'This project file is read-only, so nothing can be imported into it.'
          : 'Editing is paused until the project file can be saved again; try the import then.',
      );
      return;
    }
    const { rows } = plan.value;
    dispatch({ type: 'insertRows', rows });
    const shown = rows.journeys?.[0]?.id ?? (target || undefined);
    if (shown) setJourney(shown);
    onClose();
  };

  const cardsImport = (
    <>
      <div className="transfer-body">
        <div className="import-pick">
          <label className="field">
            <span className="field-label">File (Wayline JSON or bundle, or CSV)</span>
            <input
              type="file"
              accept=".json,.csv,.zip,application/json,text/csv,application/zip"
              autoFocus
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          </label>
          {isCsv && (
            <label className="field">
              <span className="field-label">Add the cards to</span>
              <select value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value={NEW_JOURNEY}>A new journey</option>
                {journeys.map((j) => (
                  <option key={j.id} value={j.id}>
                    {j.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <p className="inspector-note">
            Nothing is written until you press Import; one Undo takes the whole import back.
          </p>
        </div>
        <div aria-label="What the import adds" role="region">
          {refusal && <p className="import-errors">{refusal}</p>}
          {plan && <ImportPreview plan={plan} />}
        </div>
      </div>
      <ImportFooter fileName={file?.name} canImport={plan?.ok === true} onImport={apply} />
    </>
  );

  return (
    <Modal label="Import" className="transfer-dialog" onClose={onClose}>
      <ModalHeader title="Import into this project" onClose={onClose} />
      <ImportKindSwitch kind={kind} onChange={setKind} />
      {kind === 'survey' ? <SurveyImportForm onClose={onClose} /> : cardsImport}
    </Modal>
  );
}

/** What is imported: cards and projects (JSON, CSV), or survey answers that become metrics. */
function ImportKindSwitch({
  kind,
  onChange,
}: {
  kind: 'cards' | 'survey';
  onChange: (kind: 'cards' | 'survey') => void;
}) {
  return (
    <div className="import-kind" role="radiogroup" aria-label="What to import">
      <label>
        <input type="radio" checked={kind === 'cards'} onChange={() => onChange('cards')} />
        Cards or a project (Wayline JSON, CSV)
      </label>
      <label>
        <input type="radio" checked={kind === 'survey'} onChange={() => onChange('survey')} />
        Survey answers (CSV, XLSX)
      </label>
    </div>
  );
}
