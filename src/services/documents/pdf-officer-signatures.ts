// Issue 10.4: one line per personal-key signature on a record or report — signer, step, time, algorithm,
// key fingerprint and the server's verdict when printed — so a paper copy names the keys to check.
import type { OfficerSigner } from '../officer-signers.service.ts';
import { CONTENT_WIDTH, ensureSpace, MARGIN, type Pdf } from './pdf-page.ts';
import { beijingTime } from './text-format.ts';

const ROLE = { 'record-submit': '提交人', 'report-approve': '审核人' } as const;
const STATUS = { verified: '已验证', failed: '验证失败', unsigned: '未签名' } as const;
const SCHEME = { ed25519: 'Ed25519', sm2: '国密 SM2' } as const;

const stepOf = (s: OfficerSigner) =>
  s.step === 'record-submit' ? '提交检查登记表' : `审核通过检查报告（第 ${s.reportVersion ?? '?'} 版）`;

export function officerSignatureLines(doc: Pdf, signers: readonly OfficerSigner[], none: string): void {
  ensureSpace(doc, 40 + 30 * signers.length);
  doc.x = MARGIN;
  doc.moveDown(0.4);
  doc.fontSize(10.5).text('个人密钥签名（打印时由平台核验）：', { width: CONTENT_WIDTH });
  doc.fontSize(9.5);
  if (signers.length === 0) doc.text(none, { width: CONTENT_WIDTH });
  for (const s of signers) {
    const head = `${ROLE[s.step]}：${s.signerName} · ${stepOf(s)} · 记入日志于 ${beijingTime(new Date(s.signedAt))} · ${STATUS[s.status]}`;
    const key = s.scheme ? `${SCHEME[s.scheme]} 公钥指纹 ${s.fingerprint ?? ''}` : '未使用个人密钥签名';
    doc.text(head, MARGIN + 8, doc.y + 3, { width: CONTENT_WIDTH - 8 });
    doc.text(key + (s.problem ? `；${s.problem}` : ''), MARGIN + 20, doc.y + 1, {
      width: CONTENT_WIDTH - 20,
    });
  }
  doc.fontSize(10.5);
  doc.x = MARGIN;
}
