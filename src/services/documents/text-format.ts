// How times and digests read on paper.

/** A timestamp in Beijing time, `2026-03-16 10:05`; a dash when absent. */
export function beijingTime(at: Date | string | null | undefined): string {
  if (!at) return '—';
  const t = typeof at === 'string' ? new Date(at) : at;
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A hex digest in groups of 8, 32 characters a line, so it can be read aloud and compared. */
export function digestLines(hex: string): string {
  const lines: string[] = [];
  for (let i = 0; i < hex.length; i += 32) lines.push(hex.slice(i, i + 32).replace(/(.{8})(?=.)/g, '$1 '));
  return lines.join('\n');
}
