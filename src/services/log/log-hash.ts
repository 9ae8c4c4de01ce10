import type { LogHashName } from '../../db/repositories/audit-log.repository.ts';
import { nodeHasher } from '../../domain/draw/hash-node.ts';
import type { HashFn } from '../../domain/audit/merkle.ts';

// The draw's hashers, reused: the log's SHA-256 and SM3 are the same OpenSSL code the draws use.
const sha256 = nodeHasher('RDRAW-2-SHA256');
const sm3 = nodeHasher('RDRAW-2-SM3');
const HASHERS: Readonly<Record<LogHashName, HashFn>> = {
  sha256: (data) => sha256.hash(data),
  sm3: (data) => sm3.hash(data),
};

export const logHash = (name: LogHashName | null): HashFn => HASHERS[name ?? 'sha256'];
