// Result tags coloured by how serious the result reads (portal.css): nothing found green, found orange,
// the worst red, a status grey.
import { resultSeverity, type ResultSeverity } from '../../../src/domain/publication/result-severity.ts';

export function severityOf(r: {
  readonly severity?: ResultSeverity;
  readonly resultLabel: string;
}): ResultSeverity {
  return r.severity ?? resultSeverity({ label: r.resultLabel });
}
