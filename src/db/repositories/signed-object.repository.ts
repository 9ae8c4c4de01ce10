// Issue 10.4: the personal signatures the audit log keeps (record submissions, report approvals) and the
// rows they were made over, read as sets for verify-log.
import { inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';
import { accountKeys, inspectionRecords, inspectionReports } from '../schema/index.ts';

export interface SignedEvent {
  readonly seq: number;
  readonly action: 'inspection.submit' | 'inspection.report-approve';
  readonly objectId: string;
  readonly actorId: string | null;
  readonly reportId: string | null;
  readonly digest: string | null;
  readonly signature: {
    readonly keyId?: unknown;
    readonly scheme?: unknown;
    readonly publicKey?: unknown;
    readonly signature?: unknown;
    readonly digest?: unknown;
  };
}

/** A submission or approval with who took it and when; `signature` is null for an unsigned one. */
export interface OfficerStep extends Omit<SignedEvent, 'signature'> {
  readonly actorName: string;
  readonly at: Date | string;
  readonly signature: SignedEvent['signature'] | null;
}

export const signedObjectRepository = {
  async signedEvents(db: Executor): Promise<SignedEvent[]> {
    return queryRows<SignedEvent>(
      db,
      sql`SELECT seq::float8 AS "seq", action, object_id AS "objectId", actor_id AS "actorId",
            data->>'report' AS "reportId",
            coalesce(data->>'recordDigest', data->>'approvalDigest') AS "digest",
            data->'signature' AS "signature"
          FROM audit_events
          WHERE action IN ('inspection.submit', 'inspection.report-approve')
            AND jsonb_typeof(data->'signature') = 'object'
          ORDER BY seq`,
    );
  },

  /** Every submission and approval of one record, signed or not, with who and when (issue 10.4 status). */
  async eventsOf(db: Executor, recordId: string): Promise<OfficerStep[]> {
    return queryRows<OfficerStep>(
      db,
      sql`SELECT seq::float8 AS "seq", action, object_id AS "objectId", actor_id AS "actorId",
            actor_name AS "actorName", at, data->>'report' AS "reportId",
            coalesce(data->>'recordDigest', data->>'approvalDigest') AS "digest",
            CASE WHEN jsonb_typeof(data->'signature') = 'object' THEN data->'signature' END AS "signature"
          FROM audit_events
          WHERE object_type = 'inspection' AND object_id = ${recordId}
            AND action IN ('inspection.submit', 'inspection.report-approve')
          ORDER BY seq`,
    );
  },

  async records(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(inspectionRecords)
      .where(inArray(inspectionRecords.id, [...ids]));
  },

  async reports(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(inspectionReports)
      .where(inArray(inspectionReports.id, [...ids]));
  },

  async keys(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(accountKeys)
      .where(inArray(accountKeys.id, [...ids]));
  },
};
