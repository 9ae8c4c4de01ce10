/** One failed rule on one input field; messages are Chinese, codes stable. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}
