import type { FastifyReply, FastifyRequest } from 'fastify';
import { PDF, fileResponse } from './schemas/media.schema.ts';

/**
 * `attachment` (or `inline`) with an ASCII fallback name and the Chinese one in RFC 5987 form. A name as
 * uploaded (`../../etc/passwd`) loses its path separators: it names a file, never a place.
 */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const name = fileName.replace(/[/\\]/g, '_');
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Sends a generated file as a download. */
export function fileReply(
  reply: FastifyReply,
  type: string,
  file: { fileName: string; body: Buffer },
): Buffer {
  void reply
    .type(type)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store');
  return file.body;
}

/** This server's origin as the caller reached it: the portal's 核验 page in a QR code lives there. */
/** Where the portal is: PUBLIC_URL when configured (a proxy's Host header is not trusted for printed codes). */
export const originOf = (req: FastifyRequest) => req.server.publicUrl ?? `${req.protocol}://${req.host}`;

export const pdfResponse = (description: string) => ({ 200: fileResponse(description, [PDF]) });

/** Sends an exported list. */
export const exportReply = (reply: FastifyReply, file: { fileName: string; type: string; body: Buffer }) =>
  fileReply(reply, file.type, file);
