import { creditCodeCheckChar } from '../../src/domain/validation/credit-code.ts';
import { idNumberCheckChar } from '../../src/domain/validation/id-number.ts';

/** A valid company credit code in 临河区 with serial n (GB 32100 check digit computed). */
export function creditCode(n: number): string {
  const first17 = `91150802MA${String(n).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** A valid ID number born in 1985 in 临河区 (GB 11643 check digit computed). */
export function idNumber(n: number): string {
  const first17 = `15080219850101${String(n % 1000).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
