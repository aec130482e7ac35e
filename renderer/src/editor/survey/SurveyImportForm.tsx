import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rejectionText } from '../../../../shared/import/csvRejection';
import { MAX_IMPORT_BYTES } from '../../../../shared/import/planImport';
import { problemPlace } from '../../../../shared/import/problems';
import { guessMapping, type SurveyMapping } from '../../../../shared/import/survey/mapping';
import { planSurveyImport } from '../../../../shared/import/survey/plan';
import { readSurveyCsv, type Sheet } from '../../../../shared/import/survey/sheet';
import { journeyList } from '../../../../shared/model/doc';
import { holdsTouchpoints } from '../../../../shared/model/laneKinds';
import type { ProjectDoc } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { ColumnMapping } from './ColumnMapping';
import { SurveyImportList } from './SurveyImportList';
import './survey.css';
import { ImportFooter } from '../transfer/ImportFooter';

function base64Of(bytes: Uint8Array): string {
  let text = '';
  // In slices: String.fromCharCode takes only so many arguments.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(text);
}

/** The touchpoints a survey can answer about: cards of the journey's touchpoint lanes. */
function touchpointsOf(doc: ProjectDoc, journeyId: string) {
  const lanes = new Set(
    Object.values(doc.lanes)
      .filter((l) => l.journeyId === journeyId && holdsTouchpoints(l.kind))
      .map((l) => l.id),
  );
  return Object.values(doc.touchpoints).filter((t) => lanes.has(t.laneId));
}

/**
 * Import > Survey answers: pick a CSV or XLSX, say what its columns are, see every bad row with
 * its row number, then import (one undo step) or not. Past imports are listed to remove.
 */
export function SurveyImportForm({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const journeys = useDocument(useShallow((s) => journeyList(s.doc)));
  const [journeyId, setJourneyId] = useState(() => store.getState().journeyId);
  const [file, setFile] = useState<{ name: string; sheet: Sheet } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [mapping, setMapping] = useState<SurveyMapping | null>(null);
  const [skip, setSkip] = useState(false);
  const doc = store.getState().doc;
  const cards = useMemo(() => touchpointsOf(doc, journeyId), [doc, journeyId]);

  const choose = async (picked: File | undefined) => {
    setFile(null);
    setRefusal(null);
    setMapping(null);
    setSkip(false);
    if (!picked) return;
    if (picked.size > MAX_IMPORT_BYTES) {
      setRefusal(
        `${picked.name} is larger than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an import takes.`,
      );
      return;
    }
    const bytes = new Uint8Array(await picked.arrayBuffer());
    const read = /\.xlsx$/i.test(picked.name)
      ? await store.getState().api['survey.readSheet']({ base64: base64Of(bytes) })
      : readSurveyCsv(bytes, MAX_IMPORT_BYTES);
    if (!read.ok) {
      setRefusal(read.error.message);
      return;
    }
    setFile({ name: picked.name, sheet: read.value });
    setMapping(guessMapping(read.value.headers, cards));
  };

  const plan = useMemo(
    () =>
      file && mapping
        ? planSurveyImport(store.getState().doc, journeyId, file.sheet, mapping, {
            fileName: file.name,
            skipBadRows: skip,
          })
        : null,
    [file, mapping, journeyId, skip, store],
  );
  const rejected = plan ? (plan.ok ? plan.value.rejected : (plan.rejected ?? [])) : [];

  const apply = () => {
    if (!plan?.ok) return;
    const { dispatch, setJourney, locked } = store.getState();
    if (locked) {
      setRefusal(
        'Editing is paused (the file is read-only or could not be saved); nothing was imported.',
      );
      return;
    }
    dispatch({ type: 'insertRows', rows: plan.value.rows });
    setJourney(journeyId);
    onClose();
  };

  return (
    <>
      <div className="transfer-body survey-import">
        <div className="import-pick">
          <label className="field">
            <span className="field-label">Answers about the journey</span>
            <select
              value={journeyId}
              onChange={(e) => {
                const next = e.target.value;
                setJourneyId(next);
                // Answer columns name cards of a journey: guess again for the new one.
                if (file) setMapping(guessMapping(file.sheet.headers, touchpointsOf(doc, next)));
              }}
            >
              {journeys.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">Survey file (CSV or XLSX)</span>
            <input
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => void choose(e.currentTarget.files?.[0])}
            />
          </label>
          <p className="inspector-note">
            Metrics: NPS 0–10, CSAT 1–5, CES 1–7 (7 = easiest), Needs met yes / partly / no or 1–5.
            Comments become quotes. Nothing is written until you press Import; one Undo takes the
            whole import back.
          </p>
          <SurveyImportList journeyId={journeyId} />
        </div>
        <div aria-label="What the survey import adds" role="region">
          {refusal && <p className="import-errors">{refusal}</p>}
          {file && mapping && (
            <ColumnMapping
              sheet={file.sheet}
              mapping={mapping}
              cards={cards}
              onChange={setMapping}
            />
          )}
          {plan?.ok && (
            <p data-testid="survey-summary">
              Adds {plan.value.answerCount} answers to {plan.value.cardCount} touchpoints and{' '}
              {plan.value.commentCount} comments as quotes.
            </p>
          )}
          {rejected.length > 0 && (
            <div className={plan?.ok ? 'survey-skipped' : 'import-errors'} role="alert">
              <p>
                {rejected.length} {rejected.length === 1 ? 'row has' : 'rows have'} problems;{' '}
                {plan?.ok ? 'they are left out.' : 'nothing is imported unless you skip them.'}
              </p>
              <ul data-testid="survey-problems">
                {rejected.slice(0, 100).map((r) => (
                  <li key={r.row}>
                    Row {r.row}: {rejectionText(r)}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
                Skip these rows and import the rest
              </label>
            </div>
          )}
          {plan && !plan.ok && rejected.length === 0 && (
            <ul className="import-errors" role="alert">
              {plan.error.map((p, i) => (
                <li key={i}>
                  {problemPlace(p)}
                  {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <ImportFooter fileName={file?.name} canImport={plan?.ok === true} onImport={apply} />
    </>
  );
}
