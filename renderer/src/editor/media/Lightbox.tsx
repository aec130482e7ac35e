import { useEffect, useMemo, useState } from 'react';
import type { WaylineApi } from '../../../../shared/api/schema';
import { attachmentsOf } from '../../../../shared/media/attachments';
import { formatBytes, mediaKindOf } from '../../../../shared/media/mediaTypes';
import type { Attachment } from '../../../../shared/model/types';
import { useModalDialog } from '../../components/useModalDialog';
import { useDocument, useDocumentStore } from '../documentContext';
import { useLightbox } from './lightboxStore';
import { fileBlob } from './mediaTransfer';
import { saveCopy } from './saveCopy';
import { useRendition } from './useRendition';

/** The lightbox, when open: a card's files one at a time, in the editor and in presentation. */
export function Lightbox() {
  const open = useLightbox((s) => s.open);
  return open ? <LightboxDialog cardId={open.cardId} start={open.index} /> : null;
}

function LightboxDialog({ cardId, start }: { cardId: string; start: number }) {
  const close = useLightbox((s) => s.close);
  const ref = useModalDialog(close);
  const doc = useDocument((s) => s.doc);
  const files = useMemo(() => attachmentsOf(doc, cardId), [doc, cardId]);
  const [index, setIndex] = useState(start);
  const file = files[Math.min(index, files.length - 1)];
  const go = (delta: number) => setIndex((i) => Math.max(0, Math.min(files.length - 1, i + delta)));
  useEffect(() => {
    if (files.length === 0) close();
  }, [files.length, close]);
  const api = useDocumentStore().getState().api;
  return (
    <dialog
      ref={ref}
      className="lightbox"
      aria-label={file ? `${file.fileName}, file ${index + 1} of ${files.length}` : 'Files'}
      data-testid="lightbox"
      onKeyDown={(e) => {
        // The presentation and the map listen on the window: keys here stay here.
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          e.preventDefault();
          go(e.key === 'ArrowRight' ? 1 : -1);
        }
        if (e.key !== 'Tab' && e.key !== 'Enter' && e.key !== ' ') e.stopPropagation();
      }}
    >
      {file && (
        <>
          <header className="lightbox-head">
            <h2>{file.fileName}</h2>
            <span className="lightbox-count">
              {index + 1} of {files.length}
            </span>
            <button type="button" onClick={close} aria-label="Close" autoFocus>
              ✕
            </button>
          </header>
          <FileView key={file.id} api={api} file={file} />
          <footer className="lightbox-foot">
            <button type="button" onClick={() => go(-1)} disabled={index === 0}>
              ← Previous
            </button>
            <button type="button" onClick={() => void saveCopy(api, file)}>
              Save a copy…
            </button>
            <button type="button" onClick={() => go(1)} disabled={index >= files.length - 1}>
              Next →
            </button>
          </footer>
        </>
      )}
    </dialog>
  );
}

/**
 * A picture is its preview made by sharp (never the file's own bytes, never live SVG); audio
 * and video play from a blob URL of their bytes; a PDF is a tile to save, not opened here.
 */
function FileView({ api, file }: { api: WaylineApi; file: Attachment }) {
  const kind = mediaKindOf(file.mediaType);
  const preview = useRendition(api, kind === 'image' ? file.blobHash : null, 'preview');
  const [playable, setPlayable] = useState<string | null>(null);
  useEffect(() => {
    if (kind !== 'audio' && kind !== 'video') return;
    let url: string | null = null;
    let live = true;
    void fileBlob(api, file.blobHash, file.mediaType).then((blob) => {
      if (!live) return;
      url = URL.createObjectURL(blob);
      setPlayable(url);
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, file, kind]);
  if (kind === 'image') {
    return (
      <div className="lightbox-body">
        {preview && <img src={preview} alt={file.fileName} data-testid="lightbox-image" />}
      </div>
    );
  }
  if (kind === 'audio' || kind === 'video') {
    const props = { src: playable ?? undefined, controls: true, 'data-testid': 'lightbox-media' };
    return (
      <div className="lightbox-body">
        {playable && (kind === 'audio' ? <audio {...props} /> : <video {...props} />)}
      </div>
    );
  }
  return (
    <div className="lightbox-body">
      <div className="file-tile file-pdf lightbox-tile">
        PDF · {formatBytes(file.size)}
        <p className="field-hint">Save a copy to read it in your PDF reader.</p>
      </div>
    </div>
  );
}
