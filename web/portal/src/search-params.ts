// The list filters live in the URL (#/?q=…&page=2): a search can be bookmarked, shared and gone back to.
import { useSearchParams } from 'react-router';

export function useQueryState(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<string, string>;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  /** The API query of these filters: only the ones set. */
  const query = (extra: Record<string, string | number> = {}) => {
    const q = new URLSearchParams();
    for (const k of keys) if (values[k]) q.set(k, values[k]);
    for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
    return q.toString();
  };
  return { values, page, set, query };
}
