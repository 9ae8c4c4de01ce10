// The draw as the server has it, polled every 1.5 s until it is final (confirmed or aborted).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestError } from '../../../request.ts';
import type { DrawDetail } from '../../../services/types.ts';
import { fetchDraw } from '../service.ts';

const POLL_MS = 1500;
export const isFinal = (draw: DrawDetail | undefined) =>
  draw?.status === 'confirmed' || draw?.status === 'aborted';

export interface DrawState {
  readonly draw: DrawDetail | undefined;
  readonly error: RequestError | undefined;
  readonly loading: boolean;
  /** After an action: take its answer at once instead of waiting for the next poll. */
  readonly update: (draw: DrawDetail) => void;
  readonly reload: () => void;
}

export function useDraw(id: string): DrawState {
  const [draw, setDraw] = useState<DrawDetail>();
  const [error, setError] = useState<RequestError>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const latest = useRef<DrawDetail | undefined>(undefined);

  const update = useCallback((next: DrawDetail) => {
    latest.current = next;
    setDraw(next);
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (first: boolean) => {
      try {
        const next = await fetchDraw(id, !first);
        if (stopped) return;
        update(next);
        setError(undefined);
      } catch (reason) {
        if (!stopped) setError(reason as RequestError);
      } finally {
        if (!stopped) setLoading(false);
      }
      if (!stopped && !isFinal(latest.current)) timer = setTimeout(() => void load(false), POLL_MS);
    };
    void load(true);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id, tick, update]);

  return { draw, error, loading, update, reload: () => setTick((n) => n + 1) };
}
