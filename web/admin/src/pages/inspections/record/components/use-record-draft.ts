// Keeps the record form on the phone at every change and on the server when the network allows.
import { useEffect, useRef, useState } from 'react';
import { RequestError } from '../../../../request.ts';
import type { InspectionRecord } from '../../../../services/types.ts';
import { today } from '../../../../utils/format.ts';
import { saveDraft, uploadSignature } from '../../service.ts';
import {
  draftOf,
  readLocalDraft,
  signaturesOf,
  valuesOf,
  writeLocalDraft,
  type RecordFormValues,
  type Signatures,
  type SlotSignature,
} from './record-draft.ts';

const SAVE_DELAY_MS = 1200;
const RETRY_MS = 15_000;

export type SyncState =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'error'; readonly message: string };

export interface RecordDraft {
  readonly initialValues: RecordFormValues;
  readonly signatures: Signatures;
  /** The time of the restored phone copy, when the server had not got it. */
  readonly restoredAt: string | null;
  readonly sync: SyncState;
  readonly changeValues: (values: RecordFormValues) => void;
  readonly setSignature: (slot: string, value: SlotSignature | null) => void;
  /** Uploads what is pending and saves the draft now; false when the server did not take it. */
  readonly flush: () => Promise<boolean>;
}

async function uploadPending(recordId: string, signatures: Signatures): Promise<Signatures> {
  let next = signatures;
  for (const [slot, s] of Object.entries(signatures)) {
    if (s.id || !s.dataUrl) continue;
    const mime = s.dataUrl.startsWith('data:image/jpeg') ? 'image/jpeg' : 'image/png';
    const ref = await uploadSignature(recordId, {
      kind: s.kind,
      mime,
      contentBase64: s.dataUrl.slice(s.dataUrl.indexOf(',') + 1),
    });
    next = { ...next, [slot]: { ...s, id: ref.id } };
  }
  return next;
}

export function useRecordDraft(record: InspectionRecord): RecordDraft {
  const [start] = useState(() => {
    const local = readLocalDraft(record.id);
    if (local && !local.synced) return { ...local, restoredAt: local.savedAt };
    return { values: valuesOf(record, today()), signatures: signaturesOf(record), restoredAt: null };
  });
  const values = useRef(start.values);
  const [signatures, setSignatures] = useState<Signatures>(start.signatures);
  const signaturesRef = useRef(start.signatures);
  const [sync, setSync] = useState<SyncState>(
    start.restoredAt ? { kind: 'pending' } : { kind: 'saved', at: record.updatedAt },
  );
  const timer = useRef<number>(undefined);

  const keepLocal = (synced: boolean) =>
    writeLocalDraft(record.id, {
      savedAt: new Date().toISOString(),
      synced,
      values: values.current,
      signatures: signaturesRef.current,
    });

  const flush = async (): Promise<boolean> => {
    window.clearTimeout(timer.current);
    setSync({ kind: 'saving' });
    try {
      const uploaded = await uploadPending(record.id, signaturesRef.current);
      signaturesRef.current = uploaded;
      setSignatures(uploaded);
      const saved = await saveDraft(record.id, draftOf(values.current, uploaded));
      keepLocal(true);
      setSync({ kind: 'saved', at: saved.updatedAt });
      return true;
    } catch (error) {
      keepLocal(false);
      const offline = !(error instanceof RequestError) || error.status === 0;
      setSync(offline ? { kind: 'offline' } : { kind: 'error', message: error.message });
      return false;
    }
  };
  const schedule = () => {
    keepLocal(false);
    setSync({ kind: 'pending' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  // Back online, or a periodic retry: send what the phone kept.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  const pending = sync.kind === 'offline' || sync.kind === 'pending';
  useEffect(() => {
    if (!pending) return;
    const retry = () => void flushRef.current();
    window.addEventListener('online', retry);
    const interval = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(interval);
    };
  }, [pending]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  return {
    initialValues: start.values,
    signatures,
    restoredAt: start.restoredAt,
    sync,
    changeValues: (next) => {
      values.current = next;
      schedule();
    },
    setSignature: (slot, value) => {
      const next = { ...signaturesRef.current };
      if (value) next[slot] = value;
      else delete next[slot];
      signaturesRef.current = next;
      setSignatures(next);
      schedule();
    },
    flush,
  };
}
