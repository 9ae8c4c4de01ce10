import dayjs from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';

export function formatDateTime(
  iso: string | null | undefined,
  precision: 'second' | 'minute' = 'second',
): string {
  if (!iso) return '—';
  return dayjs(iso).format(precision === 'second' ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

export function today(): string {
  return dayjs().format(DATE_FORMAT);
}

/** Dates are `YYYY-MM-DD`, so they compare as strings. */
export function isExpired(validUntil: string | null | undefined): boolean {
  return Boolean(validUntil && validUntil < today());
}

export function shortDigest(digest: string): string {
  return digest.length > 16 ? `${digest.slice(0, 8)}…${digest.slice(-8)}` : digest;
}
