/** A GB/T 2260 code as a prefix: 150000 → '15', 150800 → '1508', 150802 → '150802'. */
export function regionPrefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** LIKE pattern of user text, with its wildcards escaped. */
export const likePattern = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export const offsetOf = (p: PageRequest): number => (p.page - 1) * p.pageSize;
