// The 核验 worker: reads the file (or the portal's public view) and verifies it off the page's thread.
import type { VerifyContext, VerifyReport, VerifyStage } from './report.ts';
import { verifyDrawText } from './verify-file.ts';

export type VerifySource =
  | { readonly file: Blob; readonly url?: undefined; readonly text?: undefined }
  | { readonly url: string; readonly file?: undefined; readonly text?: undefined }
  | { readonly text: string; readonly file?: undefined; readonly url?: undefined };

export interface VerifyRequest {
  readonly source: VerifySource;
  readonly context: VerifyContext;
}

export type WorkerMessage =
  | { readonly type: 'stage'; readonly stage: VerifyStage | 'read' }
  | { readonly type: 'done'; readonly report: VerifyReport; readonly ms: number }
  | { readonly type: 'failed'; readonly message: string };

async function readSource(source: VerifySource): Promise<string> {
  if (source.text !== undefined) return source.text;
  if (source.file) return source.file.text();
  const response = await fetch(source.url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`无法下载公开视图（HTTP ${response.status}）`);
  return response.text();
}

const post = (message: WorkerMessage): void => self.postMessage(message);

self.onmessage = async (event: MessageEvent<VerifyRequest>) => {
  const t0 = performance.now();
  try {
    post({ type: 'stage', stage: 'read' });
    const text = await readSource(event.data.source);
    const report = verifyDrawText(text, event.data.context, (stage) => post({ type: 'stage', stage }));
    post({ type: 'done', report, ms: Math.round(performance.now() - t0) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
