// The marks of an official form: signature lines, the seal area and a QR code drawn as vector squares.
import QRCode from 'qrcode';
import { CONTENT_WIDTH, ensureSpace, MARGIN, type Pdf } from './pdf-page.ts';

export interface Signer {
  readonly role: string;
  readonly name: string;
  /** When the platform recorded this person's signature, printed beside the hand-written line. */
  readonly signedAt: string;
}

/** One line per signer: role and printed name, a line to sign on, and the time the platform recorded. */
export function signatureLines(doc: Pdf, signers: readonly Signer[]): void {
  for (const s of signers) {
    ensureSpace(doc, 34);
    const y = doc.y + 8;
    doc.fontSize(10.5);
    const who = `${s.role}：${s.name}`;
    const height = Math.max(doc.heightOfString(who, { width: 220 }), 16);
    doc.text(who, MARGIN, y, { width: 220 });
    doc.text('签字：', MARGIN + 228, y, { lineBreak: false });
    doc
      .moveTo(MARGIN + 261, y + 13)
      .lineTo(MARGIN + 350, y + 13)
      .lineWidth(0.5)
      .stroke();
    doc.fontSize(9).text(`平台记录：${s.signedAt || '未签'}`, MARGIN + 358, y + 1, {
      width: CONTENT_WIDTH - 358,
      lineBreak: false,
    });
    doc.fontSize(10.5);
    doc.x = MARGIN;
    doc.y = y + height + 6;
  }
}

/** The dashed circle where the unit's seal goes, with the date line under it; placed at (x, y). */
export function sealArea(doc: Pdf, x: number, y: number, unit: string): void {
  const r = 48;
  doc
    .circle(x + r, y + r, r)
    .dash(3, { space: 3 })
    .lineWidth(0.6)
    .strokeColor('#b00000')
    .stroke()
    .undash()
    .strokeColor('black');
  doc
    .fontSize(9)
    .fillColor('#b00000')
    .text('（盖章）', x, y + r - 6, { width: 2 * r, align: 'center' });
  const width = 2 * r + 140;
  doc
    .fillColor('black')
    .fontSize(10)
    .text(unit, x + r - width / 2, y + 2 * r + 6, { width, align: 'center' });
  doc.text('年    月    日', x + r - width / 2, doc.y + 2, { width, align: 'center' });
  doc.fontSize(10.5);
}

/** A QR code of `text` at (x, y), `size` points wide, with error correction M and a quiet zone. */
export function qrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 8);
  doc.rect(x, y, size, size).fillColor('white').fill();
  doc.fillColor('black');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + 4) * cell, y + (row + 4) * cell, cell, cell);
    }
  }
  doc.fill();
}

/**
 * The foot of a form: a QR code with its caption and address on the left (when there is an address),
 * the seal area on the right, kept together on one page; the cursor ends under both.
 */
export function qrAndSeal(doc: Pdf, qr: { url: string; caption: string } | null, unit: string): void {
  ensureSpace(doc, 170);
  const y = doc.y + 10;
  if (qr) {
    qrCode(doc, qr.url, MARGIN, y, 96);
    doc.fontSize(9.5).text(qr.caption, MARGIN + 106, y + 4, { width: 220, lineGap: 2 });
    doc.text(qr.url, MARGIN + 106, doc.y + 4, { width: 220 });
  }
  sealArea(doc, MARGIN + CONTENT_WIDTH - 150, y, unit);
  doc.x = MARGIN;
  doc.y = y + 150;
  doc.fontSize(10.5);
}
