// Loads data for a screen: loading flag, last error, reload; stale answers are dropped.
import { useEffect, useRef, useState, type DependencyList } from 'react';
import type { RequestError } from '../request.ts';

export interface RequestState<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: RequestError | undefined;
  readonly reload: () => void;
}

export function useRequest<T>(load: () => Promise<T>, deps: DependencyList): RequestState<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<RequestError>();
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const call = ++latest.current;
    setLoading(true);
    load().then(
      (value) => {
        if (call !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: RequestError) => {
        if (call !== latest.current) return;
        setError(reason);
        setLoading(false);
      },
    );
    // The caller's deps decide when to load again, as with useEffect.
  }, [...deps, tick]);

  return { data, loading, error, reload: () => setTick((n) => n + 1) };
}
