// Runs 核验 in a Web Worker, one at a time: a new run stops the one before it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VerifyContext, VerifyReport } from './report.ts';
import type { VerifyRequest, VerifySource, WorkerMessage } from './verify.worker.ts';

export type VerifierStage = 'read' | 'parse' | 'public' | 'recompute' | 'compare';

export interface VerifierState {
  readonly running: boolean;
  /** What is being checked: the file's name or 本页公布的公开视图. */
  readonly subject?: string;
  readonly stage?: VerifierStage;
  readonly startedAt?: number;
  readonly report?: VerifyReport;
  readonly ms?: number;
  readonly error?: string;
}

export function useVerifier() {
  const [state, setState] = useState<VerifierState>({ running: false });
  const worker = useRef<Worker | null>(null);
  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };
  useEffect(() => stop, []);

  const run = useCallback((source: VerifySource, context: VerifyContext, subject: string) => {
    stop();
    const w = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setState({ running: true, subject, stage: 'read', startedAt: performance.now() });
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const m = event.data;
      if (m.type === 'stage') return setState((s) => ({ ...s, stage: m.stage }));
      stop();
      setState((s) =>
        m.type === 'done'
          ? { running: false, subject: s.subject, report: m.report, ms: m.ms }
          : { running: false, subject: s.subject, error: m.message },
      );
    };
    w.onerror = (event) => {
      stop();
      setState((s) => ({ running: false, subject: s.subject, error: `核验程序出错：${event.message}` }));
    };
    const request: VerifyRequest = { source, context };
    w.postMessage(request);
  }, []);

  return { state, run };
}
