// A stored record as the domain checks it, and as the API shows it.
import type { InspectionFileMeta, InspectionRecordRow } from '../../db/repositories/inspection.repository.ts';
import type { PartyJson } from '../../db/schema/index.ts';
import type { AttachmentKind, AttachmentMime, AttachmentRef } from '../../domain/inspection/attachment.ts';
import type { InspectionRecord } from '../../domain/inspection/inspection-record.ts';
import type { PartyConfirmation, Signature } from '../../domain/inspection/signature.ts';
import type { ReviewStatus } from '../../domain/inspection/review-flow.ts';
import type { RecordScope } from './record-scope.ts';
import { TARGETED_REASON_OF } from './record-scope.ts';

const signatureOf = (f: InspectionFileMeta): Signature => ({
  kind: f.kind as Signature['kind'],
  imageSha256: f.sha256,
  signedAt: (f.signedAt ?? f.createdAt).toISOString(),
});

export const signatureRef = (f: InspectionFileMeta) => ({
  id: f.id,
  kind: f.kind as Signature['kind'],
  mime: f.mime,
  size: f.size,
  sha256: f.sha256,
  signedAt: (f.signedAt ?? f.createdAt).toISOString(),
});

const attachmentRef = (f: InspectionFileMeta): AttachmentRef => ({
  id: f.id,
  kind: f.kind as AttachmentKind,
  mime: f.mime as AttachmentMime,
  fileName: f.fileName,
  size: f.size,
  sha256: f.sha256,
});

function signatures(files: readonly InspectionFileMeta[]) {
  return new Map(files.filter((f) => f.purpose === 'signature').map((f) => [f.id, f]));
}

function partyOf(party: PartyJson | null, sigs: Map<string, InspectionFileMeta>): PartyConfirmation | null {
  if (!party) return null;
  if (party.kind === 'signed') {
    const f = sigs.get(party.signatureId);
    return {
      kind: 'signed',
      signerName: party.signerName,
      signature: f ? signatureOf(f) : { kind: 'drawn', imageSha256: '', signedAt: '' },
    };
  }
  const w = party.witness;
  const f = w ? sigs.get(w.signatureId) : undefined;
  return {
    kind: 'refused',
    reason: party.reason,
    witness: w
      ? { name: w.name, signature: f ? signatureOf(f) : { kind: 'drawn', imageSha256: '', signedAt: '' } }
      : null,
  };
}

/** A stored review status; a record without a review is not entered yet (R-N.8). */
export const reviewStatusOf = (s: string | null | undefined) => (s ?? 'not-entered') as ReviewStatus;

/** The domain's view of a stored record (signature ids resolved to the images' digests). */
export function domainRecord(
  row: InspectionRecordRow,
  files: readonly InspectionFileMeta[],
  scope: Pick<RecordScope, 'item' | 'targeted'>,
): InspectionRecord {
  const sigs = signatures(files);
  const sig = (id: string | null) => {
    const f = id ? sigs.get(id) : undefined;
    return f ? signatureOf(f) : null;
  };
  return {
    id: row.id,
    entityId: row.entityId,
    itemCode: scope.item.code,
    basis:
      row.basis === 'random'
        ? { kind: 'random', taskId: row.taskId ?? '' }
        : {
            kind: 'targeted',
            reason: TARGETED_REASON_OF[scope.targeted?.reason ?? ''] ?? 'complaint',
            note: scope.targeted?.note ?? '',
          },
    checkedOn: row.checkedOn ?? '',
    methods: row.methods,
    policeIdShown: row.policeIdShown,
    inspectors: row.inspectors.map((i) => ({
      badgeNumber: i.badgeNumber,
      name: i.name,
      signature: sig(i.signatureId),
    })),
    responsibleBadgeNumber: row.responsibleBadgeNumber ?? '',
    rows: row.rows,
    attachments: files.filter((f) => f.purpose === 'attachment').map(attachmentRef),
    party: partyOf(row.party, sigs),
  };
}

export interface RecordJoin {
  readonly record: InspectionRecordRow;
  readonly unitName: string;
  readonly entityName: string;
  readonly entityPublicId: string;
  readonly itemCode: string;
  readonly taskCode: string | null;
  readonly reviewStatus: string | null;
  readonly reportId: string | null;
}

/** An attachment as the API lists it. */
export const attachmentView = (f: InspectionFileMeta) => ({
  ...attachmentRef(f),
  createdAt: f.createdAt.toISOString(),
});

/** `InspectionRecord` of docs/api.md. */
export function recordView(j: RecordJoin, files: readonly InspectionFileMeta[], scope: RecordScope) {
  const r = j.record;
  const sigs = signatures(files);
  const ref = (id: string | null) => {
    const f = id ? sigs.get(id) : undefined;
    return f ? signatureRef(f) : null;
  };
  const party = r.party;
  return {
    id: r.id,
    status: r.status,
    basis: r.basis,
    drawId: r.drawId,
    taskId: r.taskId,
    taskCode: j.taskCode,
    targetedInspectionId: r.targetedInspectionId,
    targetedReason: scope.targeted?.reason ?? null,
    unitId: r.unitId,
    unitName: j.unitName,
    entity: { id: r.entityId, publicId: j.entityPublicId, name: j.entityName },
    item: { id: r.itemId, code: scope.item.code, name: scope.item.name, version: r.itemVersion },
    team: scope.team,
    checklist: scope.item.checklist,
    allowedMethods: scope.item.methods,
    checkedOn: r.checkedOn,
    methods: r.methods,
    policeIdShown: r.policeIdShown,
    inspectors: r.inspectors.map((i) => ({
      badgeNumber: i.badgeNumber,
      name: i.name,
      signature: ref(i.signatureId),
    })),
    responsibleBadgeNumber: r.responsibleBadgeNumber,
    rows: r.rows,
    attachments: files.filter((f) => f.purpose === 'attachment').map(attachmentView),
    party: !party
      ? null
      : party.kind === 'signed'
        ? { kind: 'signed' as const, signerName: party.signerName, signature: ref(party.signatureId) }
        : {
            kind: 'refused' as const,
            reason: party.reason,
            witness: party.witness
              ? { name: party.witness.name, signature: ref(party.witness.signatureId) }
              : null,
          },
    review: { status: reviewStatusOf(j.reviewStatus), reportId: j.reportId },
    createdBy: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedBy: r.submittedByName,
  };
}
