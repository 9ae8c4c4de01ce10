// Types of the HTTP API contract (docs/api.md, v1); the web app never reaches past it.

export type Role =
  'system-admin' | 'department-admin' | 'drawer' | 'supervisor' | 'leader' | 'inspector' | 'auditor';

export type UnitKind = 'city-bureau' | 'district-branch' | 'station' | 'department';

export interface CurrentUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly unit: { readonly id: string; readonly name: string; readonly kind: UnitKind };
  readonly roles: readonly Role[];
}

export interface ApiErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export interface Unit {
  readonly id: string;
  readonly parentId: string | null;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly regionCode: string;
}

export interface Region {
  readonly code: string;
  readonly name: string;
}

export interface Page<T> {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly rows: readonly T[];
}

// Item list (抽查事项清单)
export type ItemCategory = 'priority' | 'general';
export type ItemStatus = 'draft' | 'published';
export type InspectionMethod = 'on-site' | 'document' | 'online';

export interface ItemSummary {
  readonly id: string;
  readonly code: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly name: string;
  readonly category: ItemCategory;
  readonly latestVersion: number;
  readonly publishedVersion: number | null;
  readonly status: ItemStatus;
  readonly effectiveFrom: string | null;
  readonly updatedAt: string;
}

export interface LegalBasis {
  readonly law: string;
  readonly article: string;
}

export interface ChecklistEntry {
  readonly code: string;
  readonly text: string;
}

export interface ItemInput {
  readonly code: string;
  readonly unitId: string;
  readonly name: string;
  readonly category: ItemCategory;
  readonly legalBasis: readonly LegalBasis[];
  readonly objectType: string;
  readonly needsEntityDirectory: boolean;
  readonly ratioPercent: number;
  readonly roundsPerYear: number;
  readonly methods: readonly InspectionMethod[];
  readonly checklist: readonly ChecklistEntry[];
  readonly procedure: string;
  readonly higherRule: string | null;
}

export interface ItemVersion extends ItemInput {
  readonly version: number;
  readonly status: ItemStatus;
  readonly effectiveFrom: string | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
}

export interface ItemWithVersions {
  readonly item: ItemSummary;
  readonly versions: readonly ItemVersion[];
}

// Entity directory (市场主体名录库)
export type EntityKind = 'organisation' | 'person';
export type RiskClass = 'A' | 'B' | 'C' | 'D';
export type EntityStatus = 'active' | 'deregistered';

export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Credit code, or the masked ID number of a person: full ID numbers never leave the server. */
  readonly code: string;
  readonly regionCode: string;
  readonly regionName: string;
  readonly industry: string;
  readonly riskClass: RiskClass;
  readonly riskFlags: readonly string[];
  readonly status: EntityStatus;
  readonly licenceNumber: string | null;
  readonly licenceValidUntil: string | null;
  readonly updatedAt: string;
}

export interface EntityDetail extends EntitySummary {
  readonly unitId: string;
  readonly registrationAuthority: string | null;
  readonly legalRepresentative: string | null;
  readonly address: string | null;
  readonly deregisteredAt: string | null;
  readonly deregistrationReason: string | null;
}

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
  readonly rejected: readonly RejectedRow[];
}

// Inspector directory (执法检查人员名录库)
export type InspectorLevel = 'city' | 'district' | 'station';
export type InspectorStatus = 'active' | 'transferred' | 'retired';
export type ConflictKind = 'relative' | 'interest' | 'other';

export interface InspectorSummary {
  readonly id: string;
  readonly name: string;
  readonly post: string;
  readonly rank: string;
  readonly badgeNumber: string;
  readonly level: InspectorLevel;
  readonly regionCode: string;
  readonly regionName: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly certificateNumber: string;
  readonly certificateValidUntil: string;
  readonly qualifiedItemCodes: readonly string[];
  readonly status: InspectorStatus;
  readonly availableToday: boolean;
}

export interface InspectorQuery {
  readonly q?: string;
  readonly regionCode?: string;
  readonly level?: InspectorLevel;
  readonly status?: InspectorStatus;
  readonly page: number;
  readonly pageSize: number;
}

export interface Unavailability {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

export interface Conflict {
  readonly id: string;
  readonly entityId: string;
  readonly entityName: string;
  readonly kind: ConflictKind;
  readonly reason: string;
  readonly declaredAt: string;
}

export interface InspectorDetail {
  readonly inspector: InspectorSummary;
  readonly unavailability: readonly Unavailability[];
  readonly conflicts: readonly Conflict[];
  readonly history: readonly AuditEvent[];
}

// Audit log (全程留痕)
export interface AuditEvent {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string;
  readonly actorName: string;
  readonly unitId: string;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly digest: string;
  /** For an import: the file it read. */
  readonly file?: { readonly name: string; readonly sha256: string };
}

export interface AuditQuery {
  readonly objectType?: string;
  readonly objectId?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface AuditPage {
  readonly total: number;
  readonly rows: readonly AuditEvent[];
}

// Plans, tasks and draws (issue 4, R-17 … R-21)
export type PlanStatus = 'draft' | 'approved';

export interface PlanInput {
  readonly unitId: string;
  readonly year: number;
  readonly name: string;
  readonly itemIds: readonly string[];
  readonly rounds: readonly { readonly from: string; readonly to: string }[];
  readonly rates: readonly {
    readonly riskClass: RiskClass;
    readonly regionCode: string | null;
    readonly percent: number;
  }[];
  readonly teams: readonly { readonly unitId: string; readonly size: number }[];
  readonly yearlyCap: number;
  readonly reservePerStratum?: number;
  readonly inspectorReserve?: number;
  readonly maxLoad?: number | null;
}

export interface PlanSummary {
  readonly id: string;
  readonly code: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly year: number;
  readonly name: string;
  readonly status: PlanStatus;
  readonly itemCodes: readonly string[];
  readonly rounds: number;
  readonly joint: boolean;
  readonly approvedAt: string | null;
  readonly updatedAt: string;
}

export interface PlanDetail extends Omit<PlanSummary, 'rounds'> {
  readonly items: readonly {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly unitId: string;
    readonly higherRule: string | null;
  }[];
  readonly rounds: readonly { readonly round: number; readonly from: string; readonly to: string }[];
  readonly rates: readonly {
    readonly riskClass: RiskClass;
    readonly regionCode: string | null;
    readonly percent: number;
    readonly group: string;
  }[];
  readonly teams: readonly {
    readonly unitId: string;
    readonly unitCode: string;
    readonly unitName: string;
    readonly size: number;
  }[];
  readonly yearlyCap: number;
  readonly reservePerStratum: number;
  readonly inspectorReserve: number;
  readonly maxLoad: number | null;
  readonly createdBy: string | null;
  readonly approvedBy: string | null;
  readonly tasks: readonly {
    readonly id: string;
    readonly code: string;
    readonly round: number;
    readonly status: TaskStatus;
  }[];
}

/** One failed rule of a refused plan (`details` of `validation-failed`). */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

export type TaskStatus = 'ready' | 'drawing' | 'drawn';
export type EntityExclusion = 0 | 1 | 2 | 3 | 4 | 5;
export type InspectorExclusion = 0 | 1 | 2 | 3;

export interface TaskSummary {
  readonly id: string;
  readonly code: string;
  readonly planId: string;
  readonly planCode: string;
  readonly round: number;
  readonly drawDate: string;
  readonly status: TaskStatus;
  readonly poolSize: number;
  readonly eligible: number;
  readonly inspectors: number;
  readonly eligibleInspectors: number;
  readonly createdAt: string;
}

export interface TaskDetail extends TaskSummary {
  readonly items: readonly { readonly id: string; readonly code: string; readonly name: string }[];
  readonly teams: readonly { readonly pool: string; readonly unitName: string; readonly size: number }[];
  readonly strata: readonly {
    readonly stratum: string;
    readonly eligible: number;
    readonly excluded: number;
  }[];
  readonly exclusions: Readonly<Record<'1' | '2' | '3' | '4' | '5', number>>;
  readonly inspectorExclusions: Readonly<Record<'1' | '2' | '3', number>>;
  readonly draws: readonly DrawSummary[];
}

export interface PoolRow {
  readonly entityId: string;
  readonly publicId: string;
  readonly name: string;
  readonly stratum: string;
  readonly exclusion: EntityExclusion;
  readonly reason: string | null;
}

export interface PoolQuery {
  readonly exclusion?: number;
  readonly stratum?: string;
  readonly q?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface InspectorPoolRow {
  readonly inspectorId: string;
  readonly badgeNumber: string;
  readonly name: string;
  readonly pool: string;
  readonly exclusion: InspectorExclusion;
  readonly reason: string | null;
}

export interface ConflictRow {
  readonly entity: string;
  readonly inspector: string;
  readonly source: 'declared' | 'last-inspector';
}

export type DrawStatus = 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';
export type Suite = 'RDRAW-1-SHA256' | 'RDRAW-1-SM3';
export type WitnessKind = 'media' | 'special-supervisor' | 'entity-representative' | 'other';

export interface Officer {
  readonly id: string;
  readonly displayName: string;
  readonly unitName: string;
}

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

export interface DrawSummary {
  readonly id: string;
  readonly drawId: string;
  readonly attempt: number;
  readonly status: DrawStatus;
  readonly suite: Suite;
  readonly createdAt: string;
  readonly confirmedAt: string | null;
  readonly abortReason: string | null;
}

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
    /** 暂定: counted on weekends alone through a year whose holidays are not entered yet. */
    readonly deadlineProvisional: boolean;
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
    readonly deadlineProvisional: boolean;
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
  readonly deadlineProvisional: boolean;

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
