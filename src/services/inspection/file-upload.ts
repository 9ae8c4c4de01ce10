// Attachments and signature images arrive base64 in JSON, like replacement evidence;
// the type is sniffed from the bytes by the domain rule, the digest fixes the file.
import { decodeBase64Strictly } from '../../domain/validation/base64.ts';
import { sha256Hex } from '../../domain/inspection/attachment-digest.ts';
import {
  ATTACHMENT_KINDS,
  checkAttachment,
  sniffMime,
  SNIFF_BYTES,
  type AttachmentKind,
} from '../../domain/inspection/attachment.ts';
import { imageSize, imageTooLarge } from '../../domain/inspection/image-size.ts';
import { DomainError, type FieldProblem } from '../errors.ts';

export interface FileUpload {
  readonly kind: string;
  readonly fileName?: string;
  readonly mime: string;
  readonly contentBase64: string;
  readonly signedAt?: string;
}

/** A refused file: its code is the first problem's (attachment-type-mismatch, attachment-too-large …). */
export class FileRefusedError extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    super(problems[0]!.code, problems.map((p) => p.message).join('；'), problems);
  }
}

export const MAX_SIGNATURE_BYTES = 2 * 1024 * 1024;
const SIGNATURE_MIMES: Readonly<Record<string, readonly string[]>> = {
  drawn: ['image/png'],
  'seal-photo': ['image/png', 'image/jpeg'],
};

function signatureProblems(kind: string, mime: string, content: Buffer): FieldProblem[] {
  const allowed = SIGNATURE_MIMES[kind];
  const sniffed = sniffMime(content.subarray(0, SNIFF_BYTES));
  if (!allowed)
    return [{ field: 'kind', code: 'signature-kind-invalid', message: '签名须为手写签名或印章照片' }];
  if (!allowed.includes(mime))
    return [
      { field: 'mime', code: 'attachment-type-not-allowed', message: `签名图像只接受 ${allowed.join('、')}` },
    ];
  if (sniffed !== mime)
    return [
      { field: 'contentBase64', code: 'attachment-type-mismatch', message: `文件内容与声明的 ${mime} 不符` },
    ];
  if (content.length > MAX_SIGNATURE_BYTES)
    return [{ field: 'contentBase64', code: 'attachment-too-large', message: '签名图像不得超过 2 MB' }];
  const size = imageSize(content, mime);
  if (!size || imageTooLarge(size))
    return [
      {
        field: 'contentBase64',
        code: 'image-too-large',
        message: size
          ? `签名图像 ${size.width}×${size.height} 像素过大，请缩小到每边不超过 10000 像素`
          : '无法读取签名图像的尺寸，请重新拍摄或导出',
      },
    ];
  return [];
}

export function checkedUpload(purpose: 'attachment' | 'signature', u: FileUpload) {
  const content = decodeBase64Strictly(u.contentBase64);
  if (content === null)
    throw new FileRefusedError([
      {
        field: 'contentBase64',
        code: 'attachment-not-base64',
        message: '文件内容不是有效的 base64 编码，请重新上传',
      },
    ]);
  if (content.length === 0)
    throw new FileRefusedError([{ field: 'contentBase64', code: 'attachment-empty', message: '文件为空' }]);
  if (purpose === 'signature') {
    const problems = signatureProblems(u.kind, u.mime, content);
    if (problems.length) throw new FileRefusedError(problems);
    const signedAt = u.signedAt ? new Date(u.signedAt) : new Date();
    // A signature is made before it is uploaded (ten minutes allowed for a device's clock).
    if (signedAt.getTime() > Date.now() + 10 * 60_000)
      throw new FileRefusedError([
        { field: 'signedAt', code: 'signed-in-future', message: '签名时间不能晚于当前时间，请检查设备时钟' },
      ]);
    return {
      purpose,
      kind: u.kind,
      mime: u.mime,
      fileName: `signature.${u.mime === 'image/png' ? 'png' : 'jpg'}`,
      size: content.length,
      sha256: sha256Hex(content),
      content,
      signedAt: Number.isNaN(signedAt.getTime()) ? new Date() : signedAt,
    };
  }
  if (!(ATTACHMENT_KINDS as readonly string[]).includes(u.kind))
    throw new FileRefusedError([{ field: 'kind', code: 'attachment-kind-invalid', message: '附件类型无效' }]);
  const checked = checkAttachment({
    kind: u.kind as AttachmentKind,
    claimedMime: u.mime,
    fileName: u.fileName ?? '',
    size: content.length,
    head: content.subarray(0, SNIFF_BYTES),
  });
  if (!checked.ok) {
    // Size first: a too-large file is refused as such whatever else is wrong with it.
    const big = checked.problems.find((p) => p.code === 'attachment-too-large');
    throw new FileRefusedError(big ? [big, ...checked.problems.filter((p) => p !== big)] : checked.problems);
  }
  const v = checked.value;
  return {
    purpose,
    kind: v.kind,
    mime: v.mime,
    fileName: v.fileName,
    size: v.size,
    sha256: sha256Hex(content),
    content,
    signedAt: null,
  };
}
