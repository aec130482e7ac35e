import { useMemo, useState } from 'react';
import { journeyList } from '../../../../shared/model/doc';
import { backlogRows } from '../../../../shared/model/backlog';
import {
  DEFAULT_BACKLOG_SORT,
  filterBacklog,
  NO_BACKLOG_FILTER,
  sortBacklog,
  stageNamesOf,
  type BacklogFilter,
} from '../../../../shared/model/backlogView';
import {
  OPPORTUNITY_STATUSES,
  type OpportunityStatus,
} from '../../../../shared/model/opportunityScales';
import { PRIORITY_FORMULA } from '../../../../shared/model/priority';
import { exportChoice, FORMATS, type ExportFormat } from '../../../../shared/export/formats';
import { useDocument, useDocumentStore, useReadOnly } from '../documentContext';
import { Modal, ModalHeader } from '../palette/Modal';
import { whileOpen } from '../palette/whileOpen';
import { ExportStatus } from '../transfer/ExportStatus';
import { useExportJob } from '../transfer/useExportJob';
import { BacklogTable } from './BacklogTable';
import { PriorityMatrix } from './PriorityMatrix';
import './backlog.css';

/** View > Opportunity backlog: every journey's opportunities in one table. */
export const BacklogPanel = whileOpen('backlog', BacklogBody);

const ALL = '';

function BacklogBody({ onClose }: { onClose: () => void }) {
  const store = useDocumentStore();
  const readOnly = useReadOnly();
  // The panel is the whole project's backlog: it follows every edit, wherever it was made.
  const doc = useDocument((s) => s.doc);
  const [filter, setFilter] = useState<BacklogFilter>(NO_BACKLOG_FILTER);
  const [sort, setSort] = useState(DEFAULT_BACKLOG_SORT);
  const journeys = useMemo(() => journeyList(doc), [doc]);
  const all = useMemo(() => backlogRows(doc), [doc]);
  const rows = useMemo(() => sortBacklog(filterBacklog(all, filter), sort), [all, filter, sort]);
  const { run: status, start, cancel } = useExportJob();

  const exportAs = (format: ExportFormat) => {
    const { api, journeyId, flushSaves } = store.getState();
    const anyJourney = journeyId || journeys[0]?.id;
    if (!anyJourney) return;
    void start({
      api,
      journeyId: anyJourney,
      choice: exportChoice(format, FORMATS[format].options.parse({})),
      before: flushSaves,
    });
  };

  return (
    <Modal label="Opportunity backlog" className="backlog-panel" onClose={onClose}>
      <ModalHeader title="Opportunity backlog" onClose={onClose} focusClose />
      <div className="backlog-filters" role="search" aria-label="Filter the backlog">
        <label>
          Journey
          <select
            aria-label="Filter by journey"
            value={filter.journeyId ?? ALL}
            onChange={(e) => setFilter({ ...filter, journeyId: e.target.value || null })}
          >
            <option value={ALL}>All journeys</option>
            {journeys.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name || 'Untitled journey'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Stage
          <select
            aria-label="Filter by stage"
            value={filter.stage ?? ALL}
            onChange={(e) => setFilter({ ...filter, stage: e.target.value || null })}
          >
            <option value={ALL}>All stages</option>
            {stageNamesOf(all).map((name) => (
              <option key={name} value={name}>
                {name || 'Untitled stage'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            aria-label="Filter by status"
            value={filter.status ?? ALL}
            onChange={(e) =>
              setFilter({ ...filter, status: (e.target.value || null) as OpportunityStatus | null })
            }
          >
            <option value={ALL}>Any status</option>
            {OPPORTUNITY_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.word}
              </option>
            ))}
          </select>
        </label>
        <label>
          Owner
          <input
            aria-label="Filter by owner"
            type="search"
            value={filter.owner}
            placeholder="Any owner"
            onChange={(e) => setFilter({ ...filter, owner: e.target.value })}
          />
        </label>
        <span className="backlog-count" role="status">
          {rows.length} of {all.length} opportunities
        </span>
      </div>
      <div className="backlog-body">
        <div className="backlog-views">
          <BacklogTable rows={rows} sort={sort} onSort={setSort} readOnly={readOnly} />
          <PriorityMatrix rows={rows} readOnly={readOnly} />
        </div>
        <p className="backlog-formula">{PRIORITY_FORMULA}</p>
      </div>
      <footer className="transfer-footer">
        <ExportStatus run={status} onCancel={() => void cancel()} />
        <div className="backlog-exports">
          {(['opportunities', 'opportunities-xlsx'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="secondary-button"
              title={FORMATS[format].description}
              disabled={status.kind === 'working' || journeys.length === 0}
              onClick={() => exportAs(format)}
            >
              Export {FORMATS[format].extension.toUpperCase()}
            </button>
          ))}
        </div>
      </footer>
    </Modal>
  );
}
