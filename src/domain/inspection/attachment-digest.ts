import { createHash } from 'node:crypto';

/** How an attachment (or a signature image) is fixed: SHA-256 as 64 lower-case hex digits. */
export type DigestFn = (bytes: Uint8Array) => string;

export const sha256Hex: DigestFn = (bytes) => createHash('sha256').update(bytes).digest('hex');
