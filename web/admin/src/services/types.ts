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

export type ApiErrorBody = Schemas['ApiError'];

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

export type DrawListRow = Schemas['DrawListRow'];

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

export type ApplicationStatus = ReplacementApplication['status'];

export type ApplicationInput = Body<'/api/admin/draws/{id}/replacement-applications', 'post'>;

export type ReplacementApplication = Schemas['ReplacementApplication'];

// ---- Inspections, reports and publication (issue 5, docs/api.md) ----
export type RecordStatus = InspectionRecord['status'];
export type ReviewStatus = InspectionRecord['review']['status'];
export type Finding = ChecklistRowInput['finding'];
export type AttachmentKind = AttachmentRef['kind'];
export type TargetedReason = NonNullable<InspectionRecord['targetedReason']>;

export type EntityRef = Schemas['EntityRef'];

export type TeamMember = Schemas['TeamMember'];

export type AttachmentRef = Schemas['AttachmentRef'];

export type SignatureRef = Schemas['SignatureRef'];

export type ChecklistRowInput = NonNullable<RecordDraftInput['rows']>[number];

export type PartyInput = NonNullable<RecordDraftInput['party']>;

export type RecordDraftInput = Body<'/api/admin/inspections/{id}', 'put'>;

export type PartyConfirmation = NonNullable<InspectionRecord['party']>;

export type InspectionRecord = Schemas['InspectionRecord'];

export type InspectionSummary = Schemas['InspectionSummary'];

export type DrawnEntityRow = Schemas['DrawnEntityRow'];

export type NonCooperationKind = Report['nonCooperation'][number]['kind'];
export type FollowUpKind = FollowUp['kind'];
export type Handling = ReportInput['handling'];

export type ReportInput = Body<'/api/admin/inspections/{id}/report', 'post'>;

export type ReviewStep = Report['review']['history'][number];

export type Report = Schemas['Report'];

export type ResultRow = Schemas['ResultRow'];

export type ResultCodeOption = Schemas['ResultCodeOption'];

export type FollowUpState = FollowUp['state'];

export type FollowUp = Schemas['FollowUp'];

export type ListStatus = CreditArchive['lists'][number];

export type CreditArchive = Answer<'/api/admin/entities/{id}/archive', 'get'>['archive'];

// Assessment dashboard and the home page's to-do list
export type Assessment = Answer<'/api/admin/assessment', 'get'>;

export type AssessmentPlan = Assessment['plans'][number];

export type TodoList = Answer<'/api/admin/todo', 'get'>;

export type TodoGroup = TodoList['groups'][number];

export type TodoKind = TodoGroup['kind'];

// Issue 10.4: the officer's own signing keys (我的签名密钥)
export type SigningKey = Answer<'/api/admin/signing-keys', 'get'>['keys'][number];
export type OfficerSigner = Answer<'/api/admin/inspections/{id}/signers', 'get'>['signers'][number];
