/** One inconsistency verify-log found: a stable code and a Chinese sentence naming what is wrong. */
export interface LogFinding {
  readonly code: string;
  readonly message: string;
}
