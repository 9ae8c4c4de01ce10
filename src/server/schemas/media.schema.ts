import { Type } from 'typebox';
import { ATTACHMENT_MIMES } from '../../domain/inspection/attachment.ts';

/** A file's body: a string of format binary to OpenAPI; a buffer or text to the handler. */
const Binary = Type.Unsafe<Uint8Array | string>({ type: 'string', format: 'binary' });

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV = 'text/csv';
export const PDF = 'application/pdf';

/** A non-JSON response, declared per media type so clients know what they get; buffers are sent as they are. */
export const fileResponse = (description: string, mediaTypes: readonly string[]) => ({
  description,
  content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: Binary }] as const)),
});

/** Attachments and signatures: the types the upload check lets in. */
export const attachmentResponse = fileResponse('附件或签名文件', ATTACHMENT_MIMES);
