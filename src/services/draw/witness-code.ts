// One-time codes for witnesses without an account: shown once, stored as a hash.
import { createHash, randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** 12 characters from a 31-letter alphabet (≈ 59 bits), grouped for reading aloud: `ABCD-EFGH-JKMN`. */
export function newWitnessCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET.charAt(randomInt(ALPHABET.length)));
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function witnessCodeHash(code: string): string {
  const normal = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return createHash('sha256').update(`shuangsui-witness:${normal}`, 'utf8').digest('hex');
}
