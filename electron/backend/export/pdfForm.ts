/**
 * Draws something once into a PDF form XObject that every page can then show with one `Do`
 * (PDF 1.7, section 8.10). A tiled map is drawn once instead of once per page: 45 tiles of a
 * 720-card map took 27 s and 1.1 MB drawn per page.
 *
 * pdfkit has no public API for forms. Drawing goes to `doc.page`, so while drawing we swap in
 * a stand-in page that writes to the form's stream and collects the resources (fonts, images,
 * graphics states, patterns) the drawing used: the technique svg-to-pdfkit itself uses for
 * its transparency groups, on the same pdfkit internals.
 */

type Dictionary = Record<string, unknown>;

interface PdfRef {
  data: Dictionary;
  write(chunk: string | Uint8Array): void;
  end(): void;
}

/** The parts of a pdfkit page and document that drawing touches. */
interface DrawingPage {
  width: number;
  height: number;
  write(chunk: string | Uint8Array): void;
  fonts: Dictionary;
  xobjects: Dictionary;
  ext_gstates: Dictionary;
  patterns: Dictionary;
  annotations: unknown[];
  markings: unknown[];
}

interface DocInternals {
  page: DrawingPage;
  _ctm: number[];
  ref(data?: Dictionary): PdfRef;
  addContent(content: string): unknown;
}

let formCount = 0;

/** Above this many characters, the operators collected so far go to the stream as one chunk. */
const CHUNK_CHARS = 1 << 16;

/**
 * Joins the many short operator strings a drawing writes into large chunks. pdfkit turns each
 * write into its own Uint8Array until the stream ends: a few hundred bytes of memory for every
 * `m`, `l` or `Tj`, which came to most of a large map's memory.
 */
function coalescing(stream: PdfRef): { write(chunk: string | Uint8Array): void; flush(): void } {
  let pending = '';
  const flush = () => {
    // pdfkit writes strings byte by byte (char code & 0xff), as latin1 does.
    if (pending) stream.write(Buffer.from(pending, 'latin1'));
    pending = '';
  };
  return {
    write: (chunk) => {
      if (typeof chunk !== 'string') {
        flush();
        return stream.write(chunk);
      }
      // pdfkit ends every string it writes with a newline.
      pending += `${chunk}\n`;
      if (pending.length >= CHUNK_CHARS) flush();
    },
    flush,
  };
}

/**
 * Runs `draw` into a new form of the given size (in the user space `draw` works in) and returns
 * a function that shows the form on the current page, under the current transformation.
 */
export function drawAsForm(
  pdf: PDFKit.PDFDocument,
  size: { width: number; height: number },
  draw: () => void,
): () => void {
  const doc = pdf as unknown as DocInternals;
  const resources = doc.ref({});
  const form = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, size.width, size.height],
    Resources: resources,
  });
  const content = coalescing(form);
  const stand: DrawingPage = {
    width: size.width,
    height: size.height,
    write: content.write,
    fonts: {},
    xobjects: {},
    ext_gstates: {},
    patterns: {},
    // Links and tagged-PDF markings inside the form are dropped; the map has neither.
    annotations: [],
    markings: [],
  };
  const saved = { page: doc.page, ctm: doc._ctm };
  doc.page = stand;
  doc._ctm = [1, 0, 0, 1, 0, 0];
  try {
    draw();
    content.flush();
  } finally {
    doc.page = saved.page;
    doc._ctm = saved.ctm;
  }
  const used: [string, Dictionary][] = [
    ['Font', stand.fonts],
    ['XObject', stand.xobjects],
    ['ExtGState', stand.ext_gstates],
    ['Pattern', stand.patterns],
  ];
  for (const [key, entries] of used) {
    if (Object.keys(entries).length > 0) resources.data[key] = entries;
  }
  resources.end();
  form.end();

  const name = `WaylineForm${++formCount}`;
  return () => {
    doc.page.xobjects[name] = form;
    doc.addContent(`/${name} Do`);
  };
}
