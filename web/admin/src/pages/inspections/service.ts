import { RECORD_SIGNATURE_PREFIX, signAsOfficer } from '../../utils/signing-key.ts';
import { request } from '../../request.ts';
import type {
  AttachmentKind,
  AttachmentRef,
  DrawnEntityRow,
  InspectionRecord,
  InspectionSummary,
  Page,
  RecordDraftInput,
  RecordStatus,
  ReviewStatus,
  SignatureRef,
} from '../../services/types.ts';

const recordPath = (id: string, action = '') => `/api/admin/inspections/${encodeURIComponent(id)}${action}`;

export interface InspectionQuery {
  readonly status?: RecordStatus;
  readonly review?: ReviewStatus;
  readonly drawId?: string;
  readonly entityId?: string;
  /** The dashboard's scope: a unit with those below it, and the year of the check. */
  readonly unitId?: string;
  readonly checkedYear?: number;
  readonly page?: number;
  readonly pageSize?: number;
}

export function fetchInspections(query: InspectionQuery): Promise<Page<InspectionSummary>> {
  return request('/api/admin/inspections', { query: { ...query } });
}

/** Every entity of the draw's current state, with its current team and record status. */
export async function fetchDrawnEntities(drawUuid: string): Promise<readonly DrawnEntityRow[]> {
  const { rows } = await request<{ rows: DrawnEntityRow[] }>(
    `/api/admin/draws/${encodeURIComponent(drawUuid)}/inspections`,
  );
  return rows;
}

export async function createRecord(
  body: RecordDraftInput & { drawId: string; entityId: string; itemId: string },
): Promise<InspectionRecord> {
  const { inspection } = await request<{ inspection: InspectionRecord }>('/api/admin/inspections', {
    method: 'POST',
    body,
  });
  return inspection;
}

export async function fetchRecord(id: string): Promise<InspectionRecord> {
  const { inspection } = await request<{ inspection: InspectionRecord }>(recordPath(id));
  return inspection;
}

/** Saves the draft; quiet, because a phone that lost the network keeps its local copy. */
export async function saveDraft(id: string, body: RecordDraftInput): Promise<InspectionRecord> {
  const { inspection } = await request<{ inspection: InspectionRecord }>(recordPath(id), {
    method: 'PUT',
    body,
    skipErrorHandler: true,
  });
  return inspection;
}

/** Issue 10.4: the officer signs the record as the server now holds it (draft saved, files uploaded). */
export async function submitRecord(id: string, userId: string): Promise<InspectionRecord> {
  const { inspection: current } = await request<{ inspection: InspectionRecord }>(recordPath(id), {
    skipErrorHandler: true,
  });
  const signature = await signAsOfficer(userId, current.signingDigest, RECORD_SIGNATURE_PREFIX);
  const { inspection } = await request<{ inspection: InspectionRecord }>(recordPath(id, '/submit'), {
    method: 'POST',
    body: { signature },
    skipErrorHandler: true,
  });
  return inspection;
}

export interface AttachmentUpload {
  readonly kind: AttachmentKind;
  readonly fileName: string;
  readonly mime: string;
  readonly contentBase64: string;
}

export async function uploadAttachment(id: string, body: AttachmentUpload): Promise<AttachmentRef> {
  const { attachment } = await request<{ attachment: AttachmentRef }>(recordPath(id, '/attachments'), {
    method: 'POST',
    body,
    skipErrorHandler: true,
  });
  return attachment;
}

/** A touch-screen drawing (PNG from the canvas) or a photo of the seal. */
export async function uploadSignature(
  id: string,
  body: { kind: 'drawn' | 'seal-photo'; mime: 'image/png' | 'image/jpeg'; contentBase64: string },
): Promise<SignatureRef> {
  const { signature } = await request<{ signature: SignatureRef }>(recordPath(id, '/signatures'), {
    method: 'POST',
    body: { ...body, signedAt: new Date().toISOString() },
  });
  return signature;
}

export const fileUrl = (recordId: string, fileId: string) =>
  recordPath(recordId, `/files/${encodeURIComponent(fileId)}`);
