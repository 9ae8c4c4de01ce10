// R-10.2: materials attached to an inspection record, checked by their first bytes, not their name.
import { problemList, type Checked } from './checked.ts';

export const ATTACHMENT_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type AttachmentMime = (typeof ATTACHMENT_MIMES)[number];

export const ATTACHMENT_KINDS = ['photo', 'document', 'statement'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const MB = 1024 * 1024;

export interface AttachmentRule {
  readonly label: string;
  readonly mimes: readonly AttachmentMime[];
  readonly maxBytes: number;
}

/** Photos of the premises; copies of books and contracts; statements of the party or of witnesses. */
export const ATTACHMENT_RULES: Readonly<Record<AttachmentKind, AttachmentRule>> = {
  photo: { label: '现场照片', mimes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 20 * MB },
  document: { label: '账簿、合同等材料复印件', mimes: ['application/pdf'], maxBytes: 50 * MB },
  statement: {
    label: '当事人或知情人陈述',
    mimes: ['application/pdf', 'image/jpeg', 'image/png'],
    maxBytes: 20 * MB,
  },
};

const EXTENSIONS: Readonly<Record<AttachmentMime, readonly string[]>> = {
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
};

/** How many leading bytes `sniffMime` needs. */
export const SNIFF_BYTES = 12;

const startsWith = (head: Uint8Array, sig: readonly number[], at = 0) =>
  sig.every((b, i) => head[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The type the magic bytes say, or null for anything else. */
export function sniffMime(head: Uint8Array): AttachmentMime | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  return null;
}

export interface AttachmentUpload {
  readonly kind: AttachmentKind;
  readonly claimedMime: string;
  readonly fileName: string;
  readonly size: number;
  /** At least the first `SNIFF_BYTES` bytes of the file. */
  readonly head: Uint8Array;
}

export interface CheckedAttachment {
  readonly kind: AttachmentKind;
  readonly mime: AttachmentMime;
  readonly fileName: string;
  readonly size: number;
}

/** An attachment as the record keeps it: checked, stored, and fixed by its SHA-256. */
export interface AttachmentRef extends CheckedAttachment {
  readonly id: string;
  readonly sha256: string;
}

export function checkAttachment(upload: AttachmentUpload): Checked<CheckedAttachment> {
  const { problems, add } = problemList();
  const rule = ATTACHMENT_RULES[upload.kind];
  const claimed = upload.claimedMime.trim().toLowerCase();
  const sniffed = sniffMime(upload.head);
  if (!(rule.mimes as readonly string[]).includes(claimed)) {
    add(
      'claimedMime',
      'attachment-type-not-allowed',
      `${rule.label}只接受 ${rule.mimes.join('、')}，不接受“${claimed}”`,
    );
  } else if (sniffed !== claimed) {
    add(
      'head',
      'attachment-type-mismatch',
      `文件内容${sniffed ? `是 ${sniffed}` : '无法识别'}，与声明的 ${claimed} 不符`,
    );
  } else if (!EXTENSIONS[sniffed].includes(extensionOf(upload.fileName))) {
    add(
      'fileName',
      'attachment-type-mismatch',
      `文件名“${upload.fileName}”的扩展名与内容类型 ${sniffed} 不符`,
    );
  }
  if (!Number.isInteger(upload.size) || upload.size <= 0) add('size', 'attachment-empty', '附件为空');
  else if (upload.size > rule.maxBytes)
    add('size', 'attachment-too-large', `${rule.label}不得超过 ${rule.maxBytes / MB} MB`);
  if (!upload.fileName.trim()) add('fileName', 'required', '文件名不能为空');
  if (problems.length > 0 || sniffed === null) return { ok: false, problems };
  return {
    ok: true,
    value: { kind: upload.kind, mime: sniffed, fileName: upload.fileName.trim(), size: upload.size },
  };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function isSha256Hex(s: string): boolean {
  return SHA256_HEX.test(s);
}
