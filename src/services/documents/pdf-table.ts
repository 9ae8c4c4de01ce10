// Ruled tables that wrap their cells and repeat the header row on a new page, as printed forms do.
import { CONTENT_WIDTH, MARGIN, type Pdf } from './pdf-page.ts';

const PAD = 4;
const SHADE = '#f0f0f0';

export interface TableOptions {
  /** Relative column widths; scaled to the content width. */
  readonly widths: readonly number[];
  readonly header?: readonly string[];
  readonly size?: number;
  /** Columns drawn shaded, as the label cells of a form. */
  readonly labelColumns?: readonly number[];
}

function cellHeight(doc: Pdf, text: string, width: number): number {
  return doc.heightOfString(text || ' ', { width: width - 2 * PAD, lineGap: 1 }) + 2 * PAD;
}

function drawRow(
  doc: Pdf,
  cells: readonly string[],
  widths: readonly number[],
  shaded: (i: number) => boolean,
) {
  const height = Math.max(...cells.map((c, i) => cellHeight(doc, c, widths[i]!)));
  let x = MARGIN;
  const y = doc.y;
  cells.forEach((text, i) => {
    const w = widths[i]!;
    if (shaded(i)) doc.rect(x, y, w, height).fillColor(SHADE).fill().fillColor('black');
    doc.rect(x, y, w, height).lineWidth(0.5).stroke();
    doc.text(text, x + PAD, y + PAD, { width: w - 2 * PAD, lineGap: 1 });
    x += w;
  });
  doc.x = MARGIN;
  doc.y = y + height;
  return height;
}

/** Draws the rows; a row that does not fit on the page starts the next one, under a repeated header. */
export function table(doc: Pdf, rows: readonly (readonly string[])[], opts: TableOptions): void {
  const total = opts.widths.reduce((a, b) => a + b, 0);
  const widths = opts.widths.map((w) => (w / total) * CONTENT_WIDTH);
  const labels = new Set(opts.labelColumns ?? []);
  doc.fontSize(opts.size ?? 9.5);
  const bottom = () => doc.page.height - MARGIN;
  const header = () => opts.header && drawRow(doc, opts.header, widths, () => true);
  const fits = (cells: readonly string[]) =>
    doc.y + Math.max(...cells.map((c, i) => cellHeight(doc, c, widths[i]!))) <= bottom();
  if (opts.header && !fits(opts.header.map(() => 'x\nx'))) doc.addPage();
  header();
  for (const row of rows) {
    if (!fits(row)) {
      doc.addPage();
      header();
    }
    drawRow(doc, row, widths, (i) => labels.has(i));
  }
  doc.fontSize(10.5);
  doc.moveDown(0.3);
}

/** A form's label/value grid: `[label, value]` pairs, `columns` pairs to a row. */
export function fields(doc: Pdf, pairs: readonly (readonly [string, string])[], columns = 2): void {
  const rows: string[][] = [];
  for (let i = 0; i < pairs.length; i += columns) {
    const row = pairs.slice(i, i + columns).flatMap(([k, v]) => [k, v]);
    while (row.length < columns * 2) row.push('');
    rows.push(row);
  }
  // A label column wide enough for 统一社会信用代码 on one line.
  const widths = Array.from({ length: columns }, () => (columns === 1 ? [1, 4] : [1.15, 1.85])).flat();
  table(doc, rows, {
    widths,
    labelColumns: widths.map((_, i) => i).filter((i) => i % 2 === 0),
  });
}
