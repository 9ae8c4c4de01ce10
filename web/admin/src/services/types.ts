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
