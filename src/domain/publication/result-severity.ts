// How serious a published result reads on the portal: the colour of its tag (issue 9).
import { NATIONAL_RESULT_CODE_SET, type ResultCodeSet } from '../inspection/result-code.ts';

/** `none` nothing found; `status` the entity could not be assessed; `problem` found; `serious` the worst. */
export type ResultSeverity = 'none' | 'status' | 'problem' | 'serious';

const SERIOUS: ReadonlySet<string> = new Set(['serious-non-cooperation', 'false-disclosure']);

/** By code, or by label for a list that carries only the label (the credit archive). */
export function resultSeverity(
  result: { readonly code?: string; readonly label?: string },
  codes: ResultCodeSet = NATIONAL_RESULT_CODE_SET,
): ResultSeverity {
  const found = codes.find((c) => (result.code ? c.code === result.code : c.label === result.label));
  if (!found) return 'status';
  if (SERIOUS.has(found.national)) return 'serious';
  return found.kind;
}
