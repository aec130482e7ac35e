import { memo, useMemo, useRef } from 'react';
import { attachmentsOf, detachOp, moveAttachmentOp } from '../../../../shared/media/attachments';
import { ACCEPTED_EXTENSIONS, formatBytes, mediaKindOf } from '../../../../shared/media/mediaTypes';
import type { Attachment } from '../../../../shared/model/types';
import { useDocument, useDocumentStore } from '../documentContext';
import { attachFiles } from './attachFiles';
import { useLightbox } from './lightboxStore';
import { useRendition } from './useRendition';
import { saveCopy } from './saveCopy';

const KIND_WORDS = { image: 'Image', pdf: 'PDF', audio: 'Audio', video: 'Video' } as const;

/**
 * A card's files in the inspector: add (a file picker; dropping onto the card and pasting work
 * too), view in the lightbox, move up and down (the first picture is the card's cover), save a
 * copy, remove. Every change is one undo step.
 */
export const AttachmentsSection = memo(function AttachmentsSection({ cardId }: { cardId: string }) {
  const store = useDocumentStore();
  // The attachments table alone: a keystroke in another field leaves this section as it is.
  const attachments = useDocument((s) => s.doc.attachments);
  const files = useMemo(() => attachmentsOf({ attachments }, cardId), [attachments, cardId]);
  const picker = useRef<HTMLInputElement>(null);
  const dispatch = store.getState().dispatch;
  const move = (id: string, delta: number) => {
    const op = moveAttachmentOp(store.getState().doc, id, delta);
    if (op) dispatch(op);
  };
  return (
    <div className="field attachments" role="group" aria-label="Files">
      <span className="field-label">Files</span>
      {files.length === 0 && (
        <p className="field-hint">Drop files on the card, paste a picture, or add them here.</p>
      )}
      <ul className="attachment-list">
        {files.map((file, i) => (
          <AttachmentRow
            key={file.id}
            file={file}
            first={i === 0}
            last={i === files.length - 1}
            onView={() => useLightbox.getState().show(cardId, i)}
            onMove={(delta) => move(file.id, delta)}
            onRemove={() => dispatch(detachOp([file.id]))}
            onSave={() => void saveCopy(store.getState().api, file)}
          />
        ))}
      </ul>
      <button type="button" className="secondary-button" onClick={() => picker.current?.click()}>
        Add files…
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        data-testid="attach-file-input"
        accept={ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',')}
        onChange={(e) => {
          const chosen = Array.from(e.target.files ?? []);
          e.target.value = '';
          void attachFiles(store, cardId, chosen);
        }}
      />
    </div>
  );
});

function AttachmentRow(props: {
  file: Attachment;
  first: boolean;
  last: boolean;
  onView(): void;
  onMove(delta: number): void;
  onRemove(): void;
  onSave(): void;
}) {
  const { file } = props;
  const api = useDocumentStore().getState().api;
  const kind = mediaKindOf(file.mediaType) ?? 'pdf';
  const thumb = useRendition(api, kind === 'image' ? file.blobHash : null, 'thumb');
  return (
    <li className="attachment-row" data-testid="attachment-row">
      <button
        type="button"
        className="attachment-view"
        onClick={props.onView}
        aria-label={`View ${file.fileName}`}
      >
        {thumb ? (
          <img src={thumb} alt="" />
        ) : (
          <span className={`file-tile file-${kind}`}>{KIND_WORDS[kind]}</span>
        )}
      </button>
      <span className="attachment-name" title={file.fileName}>
        {file.fileName}
        <span className="field-hint"> {formatBytes(file.size)}</span>
      </span>
      <span className="attachment-actions">
        <button
          type="button"
          disabled={props.first}
          onClick={() => props.onMove(-1)}
          aria-label={`Move ${file.fileName} up`}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={props.last}
          onClick={() => props.onMove(1)}
          aria-label={`Move ${file.fileName} down`}
        >
          ↓
        </button>
        <button type="button" onClick={props.onSave} aria-label={`Save a copy of ${file.fileName}`}>
          Save
        </button>
        <button type="button" onClick={props.onRemove} aria-label={`Remove ${file.fileName}`}>
          ✕
        </button>
      </span>
    </li>
  );
}
