// Loads one public answer for a page: data, loading flag and the error message.
import { useEffect, useState, type DependencyList } from 'react';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly loading: boolean;
  readonly error: string | undefined;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: undefined, loading: true, error: undefined });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false, error: undefined }),
      (error: Error) => live && setState({ data: undefined, loading: false, error: error.message }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
