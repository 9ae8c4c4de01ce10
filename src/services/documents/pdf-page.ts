// A4 official-document pages drawn with pdfkit; the Chinese font ships in the repository and is subset on embedding.
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const FONT_FILE = fileURLToPath(new URL('../../../assets/fonts/wqy-microhei.ttc', import.meta.url));
const FONT = 'WenQuanYiMicroHei';
export const MARGIN = 56;
export const A4_WIDTH = 595.28;
export const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;

export type Pdf = PDFKit.PDFDocument;

export interface PdfFile {
  readonly doc: Pdf;
  /** Adds page numbers and the footer, ends the document and returns its bytes. */
  readonly finish: () => Promise<Buffer>;
}

/** A new A4 document: its metadata, the embedded font, and a footer line on every page. */
export function newA4(title: string, footer: string): PdfFile {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: title, Creator: '双随监管平台', Producer: '双随监管平台' },
    lang: 'zh-CN',
  });
  doc.registerFont(FONT, FONT_FILE, FONT);
  doc.font(FONT).fontSize(10.5);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const finish = () => {
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const y = doc.page.height - MARGIN + 16;
      // Writing below the bottom margin would add a page; lift the margin while the footer is drawn.
      doc.page.margins.bottom = 0;
      doc.fontSize(8).fillColor('#666');
      // One line, cut with an ellipsis before the page number.
      doc.text(footer, MARGIN, y, { width: CONTENT_WIDTH - 80, height: 10, ellipsis: true });
      doc.text(`第 ${i + 1} 页 共 ${range.count} 页`, MARGIN, y, { width: CONTENT_WIDTH, align: 'right' });
      doc.page.margins.bottom = MARGIN;
    }
    doc.fillColor('black');
    doc.end();
    return ended;
  };
  return { doc, finish };
}

/** The letterhead: the issuing unit, the document's title and its number line. */
export function heading(doc: Pdf, unit: string, title: string, number: string): void {
  doc.fontSize(12).fillColor('#b00000').text(unit, { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.3);
  doc.fillColor('black').fontSize(20).text(title, { align: 'center', characterSpacing: 4 });
  doc.moveDown(0.3);
  doc.fontSize(9.5).text(number, { align: 'right' });
  const y = doc.y + 2;
  doc
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(1.2)
    .strokeColor('#b00000')
    .stroke();
  doc.strokeColor('black').lineWidth(0.6);
  doc.y = y + 8;
  doc.fontSize(10.5);
}

/** A section title in bold-looking weight (the font has one weight, so it is stroked). */
export function section(doc: Pdf, title: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.5);
  doc.x = MARGIN;
  doc.fontSize(12).text(title, { stroke: true, fill: true, lineGap: 2 } as PDFKit.Mixins.TextOptions);
  doc.lineWidth(0.6).fontSize(10.5);
  doc.moveDown(0.2);
}

/** Starts a new page when fewer than `height` points remain. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** A paragraph across the content width. */
export function paragraph(doc: Pdf, text: string, size = 10.5): void {
  doc.x = MARGIN;
  doc.fontSize(size).text(text, { width: CONTENT_WIDTH, lineGap: 3 });
  doc.fontSize(10.5);
}
