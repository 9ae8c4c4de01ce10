// Issue 12: one counter for "what the public sees has changed"; in-process caches compare against it.
let generation = 0;

/** Called after a write that changes public answers (a result published, a follow-up closed …). */
export function publicDataChanged(): void {
  generation += 1;
}

export const publicDataGeneration = (): number => generation;

const TTL_MS = 5_000;
const MAX_KEYS = 1_000;

/** A small memo of public answers: kept while nothing was published here, for at most 5 s (other processes). */
export function publicMemo<T>(): (key: string, load: () => Promise<T>) => Promise<T> {
  const memo = new Map<string, { generation: number; at: number; value: Promise<T> }>();
  return (key, load) => {
    const hit = memo.get(key);
    if (hit && hit.generation === generation && Date.now() - hit.at < TTL_MS) return hit.value;
    if (memo.size >= MAX_KEYS) memo.clear();
    const value = load();
    memo.set(key, { generation, at: Date.now(), value });
    value.catch(() => memo.delete(key));
    return value;
  };
}
