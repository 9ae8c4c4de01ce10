/** One CSV line for COPY … WITH (FORMAT csv): null is an unquoted empty field, text is always quoted. */
export function csvLine(values: readonly (string | null)[]): string {
  return `${values.map((v) => (v === null ? '' : `"${v.replace(/"/g, '""')}"`)).join(',')}\n`;
}

/** A PostgreSQL array literal for text[]. */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
