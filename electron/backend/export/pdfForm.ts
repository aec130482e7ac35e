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
  write(chunk: string): void;
  end(): void;
}

/** The parts of a pdfkit page and document that drawing touches. */
interface DrawingPage {
  width: number;
  height: number;
  write(chunk: string): void;
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
  const stand: DrawingPage = {
    width: size.width,
    height: size.height,
    write: (chunk) => form.write(chunk),
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
