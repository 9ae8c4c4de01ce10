// What the log vouches for beyond its events (issue 10.3): an event's `logged` list names objects and
// the digest of their state at that moment; verify-log recomputes them from the current rows.
import type { Executor } from '../../db/database.ts';
import { loggedObjectRepository } from '../../db/repositories/logged-object.repository.ts';
import { stateDigest } from '../../domain/audit/state-digest.ts';

export type LoggedKind = 'draw' | 'result' | 'follow-up';

export interface LoggedDigest {
  readonly kind: LoggedKind;
  readonly id: string;
  readonly digest: string;
}

type DrawRow = Awaited<ReturnType<typeof loggedObjectRepository.confirmedDraws>>[number];
type ResultRow = Awaited<ReturnType<typeof loggedObjectRepository.publishedResults>>[number];
type FollowUpRow = Awaited<ReturnType<typeof loggedObjectRepository.followUps>>[number];

/** A confirmed draw: its inputs' digests, seed, selection and the statement its signers signed. */
export const drawDigest = (d: DrawRow): LoggedDigest => ({
  kind: 'draw',
  id: d.id,
  digest: stateDigest({
    drawId: d.drawId,
    suite: d.suite,
    planDigest: d.planDigest,
    poolDigest: d.poolDigest,
    inspectorDigest: d.inspectorDigest,
    strataDigest: d.strataDigest,
    publicDigest: d.publicDigest,
    seed: d.seed,
    resultDigest: d.resultDigest,
    result: d.result,
    statementDigest: d.statementDigest,
  }),
});

/** A published result: the public row (what reaches the portal) and the report it was made from. */
export const publishedResultDigest = (r: ResultRow): LoggedDigest => ({
  kind: 'result',
  id: r.row.recordId,
  digest: stateDigest({ public: { ...r.row, seq: undefined }, report: r.report }),
});

export const followUpDigest = (f: FollowUpRow): LoggedDigest => ({
  kind: 'follow-up',
  id: f.id,
  digest: stateDigest({ ...f, updatedAt: undefined }),
});

/** The digests to log now, read in the writing transaction. */
export async function loggedDigests(
  tx: Executor,
  of: {
    draws?: readonly string[];
    results?: readonly string[];
    followUpsOfReports?: readonly string[];
    followUps?: readonly string[];
  },
): Promise<LoggedDigest[]> {
  const [d, r, fr, f] = [
    of.draws ? await loggedObjectRepository.confirmedDraws(tx, of.draws) : [],
    of.results ? await loggedObjectRepository.publishedResults(tx, of.results) : [],
    of.followUpsOfReports
      ? await loggedObjectRepository.followUps(tx, { reportIds: of.followUpsOfReports })
      : [],
    of.followUps ? await loggedObjectRepository.followUps(tx, { ids: of.followUps }) : [],
  ];
  return [...d.map(drawDigest), ...r.map(publishedResultDigest), ...[...fr, ...f].map(followUpDigest)];
}

/** Every object the log vouches for, as it is now. */
export async function currentDigests(db: Executor): Promise<LoggedDigest[]> {
  return [
    ...(await loggedObjectRepository.confirmedDraws(db)).map(drawDigest),
    ...(await loggedObjectRepository.publishedResults(db)).map(publishedResultDigest),
    ...(await loggedObjectRepository.followUps(db)).map(followUpDigest),
  ];
}
