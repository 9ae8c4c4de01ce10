import type { ImportRejection } from '../../domain/directory/import-rejection.ts';
import type { DataKey } from '../../domain/privacy/data-key.ts';
import type { ImportKind, ImportSummary } from './import-batch.ts';

/** What the parse worker is started with; `path` is null when the bytes come as `chunk` messages. */
export interface ParseWorkerInit {
  readonly kind: ImportKind;
  readonly path: string | null;
  readonly fileName: string;
  readonly today: string;
  readonly knownItemCodes: readonly string[];
  /** Entities only: the unit and import every COPY line names. */
  readonly unitId: string;
  readonly importId: string;
  /** Entities only: the key that seals ID numbers and phones (structured-cloned, never logged). */
  readonly dataKey: DataKey;
}

/** Main thread → worker. */
export type ToWorker =
  | { readonly type: 'ack' }
  | { readonly type: 'chunk'; readonly bytes: Uint8Array }
  | { readonly type: 'end' };

/** Worker → main thread. */
export type FromWorker =
  | {
      readonly type: 'batch';
      readonly csv: string;
      readonly rejected: ImportRejection[];
      readonly rejectedCount: number;
      readonly read: number;
    }
  | { readonly type: 'consumed'; readonly bytes: number }
  | {
      readonly type: 'done';
      readonly rejected: ImportRejection[];
      readonly rejectedCount: number;
      readonly read: number;
      readonly summary: ImportSummary | null;
    }
  | {
      readonly type: 'error';
      readonly spreadsheet: boolean;
      readonly code: string | undefined;
      readonly message: string;
    };
