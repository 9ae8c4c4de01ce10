// Issue 10.4: the officer's personal signature on an inspection record (检查登记表) when it is submitted,
// and the reviewer's on a report (检查报告) when it is approved. Each signs a domain-separated text — a
// prefix and the SHA-256 (lowercase hex) of the RFC 8785 JSON of the content below — so that a record
// signature cannot pass for a report's or a draw statement's (`RDRAW-SIG-1\n`). docs/signatures.md.
import { stateDigest } from '../audit/state-digest.ts';

export const RECORD_SIGNATURE_PREFIX = 'SS-RECORD-SIG-1\n';
export const REPORT_SIGNATURE_PREFIX = 'SS-REPORT-SIG-1\n';

/** What the record says and which files it holds: the fields a changed record would differ in. */
export interface RecordSigningContent {
  readonly id: string;
  readonly entityId: string;
  readonly itemId: string;
  readonly itemVersion: number;
  readonly basis: string;
  readonly drawId: string | null;
  readonly taskId: string | null;
  readonly targetedInspectionId: string | null;
  readonly checkedOn: string | null;
  readonly methods: readonly string[];
  readonly policeIdShown: boolean;
  readonly inspectors: readonly {
    readonly badgeNumber: string;
    readonly name: string;
    readonly signatureId: string | null;
  }[];
  readonly responsibleBadgeNumber: string | null;
  readonly rows: readonly {
    readonly checklistCode: string;
    readonly finding: string;
    readonly note: string;
  }[];
  /** The party's confirmation or refusal as stored (its signature images are among `files`). */
  readonly party: unknown;
  /** Attachments and signature images by id, each with its SHA-256. */
  readonly files: readonly {
    readonly id: string;
    readonly purpose: string;
    readonly kind: string;
    readonly sha256: string;
  }[];
}

/** The report's content (what its public result is made from) as entered by its author. */
export interface ReportSigningContent {
  readonly id: string;
  readonly recordId: string;
  readonly version: number;
  readonly findings: unknown;
  readonly opinion: string;
  readonly resultCode: string;
  readonly nonCooperation: unknown;
  readonly handling: unknown;
  readonly followUps: readonly { readonly kind: string; readonly note: string }[];
  readonly touchesTradeSecret: boolean;
  readonly touchesPrivacy: boolean;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Field by field, so a stored row's other columns (status, timestamps) never enter the digest. */
export function recordSigningDigest(r: RecordSigningContent): string {
  return stateDigest({
    format: 'SS-RECORD-1',
    id: r.id,
    entityId: r.entityId,
    itemId: r.itemId,
    itemVersion: r.itemVersion,
    basis: r.basis,
    drawId: r.drawId,
    taskId: r.taskId,
    targetedInspectionId: r.targetedInspectionId,
    checkedOn: r.checkedOn,
    methods: r.methods,
    policeIdShown: r.policeIdShown,
    inspectors: r.inspectors.map((i) => ({
      badgeNumber: i.badgeNumber,
      name: i.name,
      signatureId: i.signatureId,
    })),
    responsibleBadgeNumber: r.responsibleBadgeNumber,
    rows: r.rows.map((x) => ({ checklistCode: x.checklistCode, finding: x.finding, note: x.note })),
    party: r.party ?? null,
    files: [...r.files]
      .sort(byId)
      .map((f) => ({ id: f.id, purpose: f.purpose, kind: f.kind, sha256: f.sha256 })),
  });
}

/** The approval: the report's content, the digest of the record it reports on, and the decision. */
export function reportApprovalDigest(r: ReportSigningContent, recordDigest: string): string {
  return stateDigest({
    format: 'SS-REPORT-1',
    report: {
      id: r.id,
      recordId: r.recordId,
      version: r.version,
      findings: r.findings,
      opinion: r.opinion,
      resultCode: r.resultCode,
      nonCooperation: r.nonCooperation,
      handling: r.handling,
      followUps: r.followUps.map((f) => ({ kind: f.kind, note: f.note })),
      touchesTradeSecret: r.touchesTradeSecret,
      touchesPrivacy: r.touchesPrivacy,
    },
    recordDigest,
    decision: 'approve',
  });
}

export const recordSignedText = (digest: string): string => `${RECORD_SIGNATURE_PREFIX}${digest}`;
export const reportSignedText = (digest: string): string => `${REPORT_SIGNATURE_PREFIX}${digest}`;
