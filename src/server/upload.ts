import { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { isInvalidText } from '../domain/validation/text-check.ts';
import { InvalidTextError, UnreadableFileError } from '../services/errors.ts';

/** The largest file an import takes (docs/api.md); a larger one is refused whole, never cut. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const tooLarge = () =>
  new UnreadableFileError(
    'file-too-large',
    `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MiB 的上限，未导入任何数据，请拆分后分批导入`,
  );
const badUpload = () =>
  new UnreadableFileError('bad-upload', '上传的数据不完整或格式有误，未导入任何数据，请重新上传');

/**
 * The one uploaded file of a multipart request, as a stream that fails — so the import's transaction
 * rolls back — when the body is cut off or the file passes the size limit (multipart only truncates).
 */
export async function readUpload(
  req: FastifyRequest,
): Promise<{ readonly source: NodeJS.ReadableStream; readonly fileName: string }> {
  const file = await req.file().catch((err: unknown) => {
    throw isTooLarge(err) ? tooLarge() : badUpload();
  });
  if (!file) throw new UnreadableFileError('empty-file', '请选择要导入的文件（字段名 file）');
  if (isInvalidText(file.filename)) throw new InvalidTextError('filename', '文件名');
  return { source: Readable.from(guarded(file.file)), fileName: file.filename };
}

async function* guarded(stream: MultipartFile['file']): AsyncGenerator<Buffer, void, undefined> {
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (stream.truncated) throw tooLarge();
      yield chunk;
    }
  } catch (err) {
    throw isTooLarge(err) ? tooLarge() : badUpload();
  }
  if (stream.truncated) throw tooLarge();
}

const isTooLarge = (err: unknown) =>
  err instanceof UnreadableFileError
    ? err.code === 'file-too-large'
    : (err as { code?: unknown } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
