// Types of the HTTP API contract, named from the types generated from the server's OpenAPI document
// (api.gen.ts, npm run gen:api); the web app never reaches past it. The few still written here are marked.
import type { components, paths } from './api.gen.ts';

type Schemas = components['schemas'];
type Json<C> = C extends { readonly content: { readonly 'application/json': infer T } } ? T : never;
/** The JSON a route answers with (its 200 or 201). */
type Answer<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  readonly responses: infer R;
}
  ? Json<R[keyof R & (200 | 201)]>
  : never;
/** The JSON body a route takes. */
type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  readonly requestBody: infer B;
}
  ? Json<B>
  : never;

export type Role = CurrentUser['roles'][number];

export type UnitKind = Unit['kind'];

export type CurrentUser = Schemas['CurrentUser'];

export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export type Unit = Schemas['Unit'];

export type Region = Schemas['Region'];

export interface Page<T> {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly rows: readonly T[];
}

// Item list (抽查事项清单)
export type ItemCategory = ItemSummary['category'];
export type ItemStatus = ItemSummary['status'];
export type InspectionMethod = ItemInput['methods'][number];

export type ItemSummary = Schemas['ItemSummary'];

export type LegalBasis = ItemInput['legalBasis'][number];

export type ChecklistEntry = ItemInput['checklist'][number];

export type ItemInput = Body<'/api/admin/items', 'post'>;

export type ItemVersion = Schemas['ItemVersion'];

export type ItemWithVersions = Schemas['ItemWithVersions'];

// Entity directory (市场主体名录库)
export type EntityKind = EntitySummary['kind'];
export type RiskClass = EntitySummary['riskClass'];
export type EntityStatus = EntitySummary['status'];

export type EntitySummary = Schemas['EntitySummary'];

export type EntityDetail = Schemas['EntityDetail'];

export interface EntityQuery {
  readonly q?: string;
  readonly regionCode?: string;
  readonly status?: EntityStatus;
  readonly riskClass?: RiskClass;
  readonly industry?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface RejectedRow {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

export interface ImportReport {
  readonly id: string;
  readonly fileName: string;
  readonly imported: number;
  readonly updated: number;
  /** Rows already as the file has them. */
  readonly unchanged: number;
  /** The first 10,000 rejections by row; `rejectedCount` counts them all. */
  readonly rejected: readonly RejectedRow[];
  readonly rejectedCount: number;
}

// Inspector directory (执法检查人员名录库)
export type InspectorLevel = InspectorSummary['level'];
export type InspectorStatus = InspectorSummary['status'];
export type ConflictKind = Conflict['kind'];

export type InspectorSummary = Schemas['InspectorSummary'];

export interface InspectorQuery {
  readonly q?: string;
  readonly regionCode?: string;
  readonly level?: InspectorLevel;
  readonly status?: InspectorStatus;
  readonly page: number;
  readonly pageSize: number;
}

export type Unavailability = Schemas['Unavailability'];

export type Conflict = Schemas['Conflict'];

export type InspectorDetail = Answer<'/api/admin/inspectors/{id}', 'get'>;

// Audit log (全程留痕)
export type AuditEvent = Schemas['AuditEvent'];

export interface AuditQuery {
  readonly objectType?: string;
  readonly objectId?: string;
  readonly page: number;
  readonly pageSize: number;
}

export type AuditPage = Answer<'/api/admin/audit', 'get'>;

// Plans, tasks and draws (issue 4, R-17 … R-21)
export type PlanStatus = PlanSummary['status'];

export type PlanInput = Body<'/api/admin/plans', 'post'>;

export type PlanSummary = Schemas['PlanSummary'];

export type PlanDetail = Schemas['PlanDetail'];

/** One failed rule of a refused plan (`details` of `validation-failed`). */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type TaskStatus = TaskSummary['status'];
export type EntityExclusion = 0 | 1 | 2 | 3 | 4 | 5;
export type InspectorExclusion = 0 | 1 | 2 | 3;

export type TaskSummary = Schemas['TaskSummary'];

export type TaskDetail = Schemas['TaskDetail'];

export type PoolRow = Schemas['PoolRow'];

export interface PoolQuery {
  readonly exclusion?: number;
  readonly stratum?: string;
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
}

export type InspectorPoolRow = Schemas['InspectorPoolRow'];

export type ConflictRow = Schemas['ConflictRow'];

export type DrawStatus = DrawSummary['status'];
export type Suite = DrawSummary['suite'];
export type WitnessKind = 'media' | 'special-supervisor' | 'entity-representative' | 'other';

export type Officer = Schemas['Officer'];

export interface AnnounceInput {
  readonly suite?: Suite;
  readonly supervisorUserId: string;
  readonly witnesses: readonly {
    readonly kind: WitnessKind;
    readonly name: string;
    readonly userId?: string;
  }[];
}

export interface WitnessCode {
  readonly witness: string;
  readonly name: string;
  readonly code: string;
}

export type DrawSummary = Schemas['DrawSummary'];

/** A row of `GET /api/admin/draws`: the summary with its task. */
export interface DrawListRow extends DrawSummary {
  readonly taskId: string;
  readonly taskCode: string;
  readonly drawDate: string;
}

export interface DrawDigests {
  readonly plan: string;
  readonly pool: string;
  readonly inspectors: string;
  readonly seed: string | null;
  readonly result: string | null;
}

export interface Participant {
  readonly id: string;
  readonly role: 'drawer' | 'supervisor' | 'system' | 'witness';
  readonly witness: string | null;
  readonly kind: WitnessKind | null;
  readonly name: string;
  readonly userId: string | null;
  readonly byCode: boolean;
  readonly commit: string | null;
  readonly committedAt: string | null;
  readonly revealedAt: string | null;
  readonly nonce: string | null;
  readonly signedAt: string | null;
  readonly statementDigest: string | null;
}

export interface DrawResult {
  readonly strata: readonly {
    readonly stratum: string;
    readonly eligible: number;
    readonly quota: number;
    readonly selected: readonly string[];
    readonly reserve: readonly string[];
  }[];
  readonly teams: readonly {
    readonly entity: string;
    readonly pools: readonly {
      readonly pool: string;
      readonly inspectors: readonly string[];
      readonly reserve: readonly string[];
    }[];
  }[];
}

export interface CurrentResult {
  readonly strata: readonly {
    readonly stratum: string;
    readonly selected: readonly string[];
    readonly reserve: readonly string[];
    readonly used: number;
  }[];
  readonly teams: readonly {
    readonly entity: string;
    readonly pools: readonly {
      readonly pool: string;
      readonly inspectors: readonly string[];
      readonly reserve: readonly string[];
      readonly used: readonly string[];
    }[];
  }[];
}

export interface ReplacementView {
  readonly seq: number;
  readonly kind: 'entity' | 'inspector';
  readonly stratum?: string;
  readonly entity?: string;
  readonly pool?: string;
  readonly out: string;
  readonly in: string;
  readonly reason: string;
  /** The application's id; the approver's name is on the application, not in the signed record. */
  readonly application: string;
  readonly time: string;
  readonly approval: { readonly role: 'leader'; readonly at: string };
  readonly signatures: readonly {
    readonly role: 'leader';
    readonly statementDigest: string;
    readonly signedAt: string;
  }[];
  readonly digest: string;
}

export interface DrawDetail extends DrawSummary {
  readonly taskId: string;
  readonly taskCode: string;
  readonly drawDate: string;
  readonly plan: Readonly<Record<string, unknown>>;
  readonly digests: DrawDigests;
  readonly poolSize: number;
  readonly eligible: number;
  readonly statement: string | null;
  readonly statementDigest: string | null;
  readonly participants: readonly Participant[];
  readonly result: DrawResult | null;
  readonly current: CurrentResult | null;
  readonly names: {
    readonly entities: Readonly<Record<string, string>>;
    readonly inspectors: Readonly<Record<string, string>>;
  };
  readonly replacements: readonly ReplacementView[];
  readonly computedAt: string | null;
  readonly revealedAt: string | null;
}

export interface WitnessView {
  readonly drawId: string;
  readonly status: DrawStatus;
  readonly witness: string;
  readonly name: string;
  readonly plan: Readonly<Record<string, unknown>>;
  readonly digests: DrawDigests;
  readonly commitments: readonly { readonly witness: string; readonly committed: boolean }[];
  readonly statement: string | null;
  readonly statementDigest: string | null;
  readonly mine: { readonly commit: string | null; readonly revealed: boolean; readonly signed: boolean };
}

export type ApplicationStatus = 'pending' | 'approved' | 'rejected';

export interface ApplicationInput {
  readonly kind: 'entity' | 'inspector';
  readonly out: string;
  readonly entity?: string;
  readonly pool?: string;
  readonly reason: string;
  readonly evidence: readonly { readonly fileName: string; readonly contentBase64: string }[];
}

export interface ReplacementApplication {
  readonly id: string;
  readonly drawId: string;
  readonly kind: 'entity' | 'inspector';
  readonly out: string;
  readonly entity: string | null;
  readonly pool: string | null;
  readonly stratum: string | null;
  readonly reason: string;
  readonly evidence: readonly {
    readonly index: number;
    readonly fileName: string;
    readonly size: number;
    readonly sha256: string;
  }[];
  readonly status: ApplicationStatus;
  readonly applicant: string;
  readonly appliedAt: string;
  readonly approver: string | null;
  readonly decidedAt: string | null;
  readonly note: string | null;
}

// ---- Inspections, reports and publication (issue 5, docs/api.md) ----
export type RecordStatus = 'draft' | 'submitted';
export type ReviewStatus =
  'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
export type Finding = 'compliant' | 'non-compliant' | 'not-applicable';
export type AttachmentKind = 'photo' | 'document' | 'statement';
export type TargetedReason = 'complaint' | 'assigned' | 'case' | 'on-the-spot' | 'campaign';

export interface EntityRef {
  readonly id: string;
  readonly publicId: string;
  readonly name: string;
}

export interface TeamMember {
  readonly badgeNumber: string;
  readonly name: string;
}

export interface AttachmentRef {
  readonly id: string;
  readonly kind: AttachmentKind;
  readonly mime: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  readonly createdAt: string;
}

export interface SignatureRef {
  readonly id: string;
  readonly kind: 'drawn' | 'seal-photo';
  readonly mime: string;
  readonly size: number;
  readonly sha256: string;
  readonly signedAt: string;
}

export interface ChecklistRowInput {
  readonly checklistCode: string;
  readonly finding: Finding;
  readonly note: string;
}

export type PartyInput =
  | { readonly kind: 'signed'; readonly signerName: string; readonly signatureId: string }
  | {
      readonly kind: 'refused';
      readonly reason: string;
      readonly witness: { readonly name: string; readonly signatureId: string } | null;
    };

export interface RecordDraftInput {
  readonly checkedOn?: string | null;
  readonly methods?: readonly InspectionMethod[];
  readonly policeIdShown?: boolean;
  readonly inspectors?: readonly { readonly badgeNumber: string; readonly signatureId: string | null }[];
  readonly responsibleBadgeNumber?: string | null;
  readonly rows?: readonly ChecklistRowInput[];
  readonly party?: PartyInput | null;
}

export type PartyConfirmation =
  | { readonly kind: 'signed'; readonly signerName: string; readonly signature: SignatureRef }
  | {
      readonly kind: 'refused';
      readonly reason: string;
      readonly witness: { readonly name: string; readonly signature: SignatureRef } | null;
    };

export interface InspectionRecord {
  readonly id: string;
  readonly status: RecordStatus;
  readonly basis: 'random' | 'targeted';
  readonly drawId: string | null;
  readonly taskId: string | null;
  readonly taskCode: string | null;
  readonly targetedInspectionId: string | null;
  readonly targetedReason: TargetedReason | null;
  readonly unitId: string;
  readonly unitName: string;
  readonly entity: EntityRef;
  readonly item: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly version: number;
  };
  readonly team: readonly TeamMember[];
  readonly checklist: readonly ChecklistEntry[];
  readonly allowedMethods: readonly InspectionMethod[];
  readonly checkedOn: string | null;
  readonly methods: readonly InspectionMethod[];
  readonly policeIdShown: boolean;
  readonly inspectors: readonly (TeamMember & { readonly signature: SignatureRef | null })[];
  readonly responsibleBadgeNumber: string | null;
  readonly rows: readonly ChecklistRowInput[];
  readonly attachments: readonly AttachmentRef[];
  readonly party: PartyConfirmation | null;
  readonly review: { readonly status: ReviewStatus; readonly reportId: string | null };
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly submittedBy: string | null;
}

export interface InspectionSummary {
  readonly id: string;
  readonly status: RecordStatus;
  readonly basis: 'random' | 'targeted';
  readonly drawId: string | null;
  readonly taskCode: string | null;
  readonly entity: EntityRef;
  readonly item: { readonly id: string; readonly code: string };
  readonly checkedOn: string | null;
  readonly review: {
    readonly status: ReviewStatus;
    readonly reportId: string | null;
    readonly resultCode: string | null;
    readonly deadline: string | null;
    /** 暂定: counted on weekends alone through a year whose holidays are not entered yet. */
    readonly deadlineProvisional: boolean;
    readonly overdue: boolean;
  };
  readonly updatedAt: string;
}

export interface DrawnEntityRow {
  readonly entity: EntityRef;
  readonly team: readonly TeamMember[];
  readonly records: readonly {
    readonly id: string;
    readonly itemId: string;
    readonly status: RecordStatus;
    readonly review: ReviewStatus;
  }[];
}

export type NonCooperationKind =
  'blocked-entry' | 'blocked-questioning' | 'refused-documents' | 'false-information' | 'other-obstruction';
export type FollowUpKind =
  'order-to-correct' | 'abnormal-list' | 'blacklist' | 'credit-repair' | 'transfer' | 'criminal-referral';
export type Handling =
  | { readonly kind: 'none' }
  | { readonly kind: 'own-case'; readonly caseNumber: string }
  | { readonly kind: 'transferred'; readonly recipientDepartment: string }
  | { readonly kind: 'criminal-referral'; readonly recipientUnit: string | null };

export interface ReportInput {
  readonly findings: readonly { readonly method: InspectionMethod; readonly summary: string }[];
  readonly opinion: string;
  readonly resultCode: string;
  readonly nonCooperation: readonly { readonly kind: NonCooperationKind; readonly description: string }[];
  readonly handling: Handling;
  readonly followUps: readonly { readonly kind: FollowUpKind; readonly note: string }[];
  readonly touchesTradeSecret: boolean;
  readonly touchesPrivacy: boolean;
}

export interface ReviewStep {
  readonly from: ReviewStatus;
  readonly to: ReviewStatus;
  readonly actor: string;
  readonly on: string;
  readonly opinion: string | null;
}

export interface Report extends ReportInput {
  readonly id: string;
  readonly recordId: string;
  readonly version: number;
  readonly resultLabel: string;
  readonly author: string;
  readonly authorId: string;
  readonly createdAt: string;
  readonly entity: EntityRef;
  readonly item: { readonly id: string; readonly code: string; readonly name: string };
  readonly review: {
    readonly status: ReviewStatus;
    readonly needsPrivacyApproval: boolean;
    readonly approvedOn: string | null;
    readonly deadline: string | null;
    readonly deadlineProvisional: boolean;
    readonly publishedOn: string | null;
    readonly overdue: boolean;
    readonly history: readonly ReviewStep[];
  };
  readonly latest: boolean;
}

export interface ResultRow {
  readonly reportId: string;
  readonly recordId: string;
  readonly version: number;
  readonly entity: EntityRef;
  readonly item: { readonly id: string; readonly code: string };
  readonly basis: 'random' | 'targeted';
  readonly checkedOn: string | null;
  readonly resultCode: string;
  readonly resultLabel: string;
  readonly status: ReviewStatus;
  readonly author: string;
  readonly approvedOn: string | null;
  readonly deadline: string | null;
  readonly deadlineProvisional: boolean;
  readonly publishedOn: string | null;
  readonly overdue: boolean;
}

export interface ResultCodeOption {
  readonly code: string;
  readonly label: string;
  readonly kind: 'none' | 'problem' | 'status';
  /** The national code it is or refines (R-N.7). */
  readonly national: string;
}

export type FollowUpState = 'open' | 'in-progress' | 'closed';

export interface FollowUp {
  readonly id: string;
  readonly reportId: string;
  readonly recordId: string;
  readonly entity: EntityRef;
  readonly kind: FollowUpKind;
  readonly label: string;
  readonly note: string;
  readonly state: FollowUpState;
  readonly openedOn: string;
  readonly startedOn: string | null;
  readonly closedOn: string | null;
  readonly closingNote: string | null;
}

export interface ListStatus {
  readonly list: 'abnormal' | 'blacklist' | 'red';
  readonly since: string;
  readonly reason: string;
  readonly removedOn: string | null;
  readonly repairedOn: string | null;
}

export interface CreditArchive {
  readonly entity: EntitySummary;
  readonly inspections: readonly InspectionSummary[];
  readonly results: readonly ResultRow[];
  readonly followUps: readonly FollowUp[];
  readonly lists: readonly ListStatus[];
  readonly riskEvents: readonly AuditEvent[];
}
