import type { Database, Executor } from '../db/database.ts';
import { drawRepository, type DrawRow, type ParticipantRow } from '../db/repositories/draw.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import { compareUtf8 } from '../domain/draw/encoding.ts';
import { publicView } from '../domain/draw/public-view.ts';
import type { PublicView } from '../domain/draw/public-view.ts';
import { saltCommitment } from '../domain/draw/digests.ts';
import { fromHex, toHex } from '../domain/draw/encoding.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import type { JsonObject } from '../domain/draw/types.ts';
import { versionOf } from '../domain/draw/types.ts';
import { commitmentsOf, revealsOf } from './draw/draw-input.ts';
import { maskPersonName } from '../domain/privacy/mask.ts';
import { NotFoundError } from './errors.ts';

/**
 * Public (R-N.6, R-26.1, DRAW.md §9): every draw from its announcement on — digests, commitments and
 * witnesses first, reveals and seed once revealed, the public view once confirmed. Never the salts,
 * the pool, exclusions, conflicts, replacement pairs or login names.
 */
export const publicDrawService = {
  async list(db: Database) {
    const rows = await drawRepository.list(db, {});
    const counts = await drawRepository.replacementCounts(db);
    return rows.map(({ draw, task }) => ({ ...summary(draw, task), replacements: counts.get(draw.id) ?? 0 }));
  },

  async get(db: Database, drawId: string) {
    const { draw, task } = await publicRow(db, drawId);
    const participants = await drawRepository.participants(db, [draw.id]);
    const replacements = (await drawRepository.replacements(db, draw.id)).map((r) => r.record);
    const confirmed = draw.status === 'confirmed';
    const view = confirmed ? viewOf(draw, participants) : null;
    const selected = confirmed && draw.result ? draw.result.strata.flatMap((s) => s.selected) : [];
    const members =
      confirmed && draw.result ? draw.result.teams.flatMap((t) => t.pools.flatMap((p) => p.inspectors)) : [];
    return {
      ...summary(draw, task),
      replacements: replacements.length,
      announcement: {
        plan: draw.plan,
        poolSize: draw.poolSize,
        digests: {
          plan: draw.planDigest,
          pool: draw.poolDigest,
          inspectors: draw.inspectorDigest,
          strata: draw.strataDigest,
        },
        witnesses: participants.filter((p) => p.witness).map(witnessView),
      },
      // Each nonce is public once its witness reveals it, also in an attempt that was aborted.
      reveals: sortedReveals(participants),
      seed: draw.revealedAt ? draw.seed : null,
      view: view as Mutable<PublicView> | null,
      entities: await entityNames(db, task.id, selected),
      inspectors: await inspectorNames(db, task.id, members),
      signatures: participants
        .filter((p) => p.signedAt && p.statementDigest)
        .sort((a, b) => a.signedAt!.getTime() - b.signedAt!.getTime())
        .map((p) => ({
          signer: p.name,
          role: roleLabel(p),
          statementDigest: p.statementDigest!,
          signedAt: p.signedAt!.toISOString(),
          scheme: p.signature ? p.signatureScheme : null,
          publicKey: p.signature ? p.publicKey : null,
          signature: p.signature,
        })),
      replacementSummary: replacementSummary(replacements),
      excludedCounts: (await taskRepository.exclusionCounts(db, task.id))
        .filter((e) => e.exclusion !== 0)
        .sort((a, b) => a.exclusion - b.exclusion)
        .map((e) => ({
          code: e.exclusion,
          label: EXCLUSION_LABELS[e.exclusion] ?? '其他',
          count: Number(e.n),
        })),
    };
  },

  /** The public view file (DRAW.md §9) of a confirmed RDRAW-2 draw. */
  async view(db: Database, drawId: string) {
    const { draw } = await publicRow(db, drawId);
    const participants = await drawRepository.participants(db, [draw.id]);
    const view = draw.status === 'confirmed' ? viewOf(draw, participants) : null;
    if (!view) throw new NotFoundError('抽取的公开视图', drawId);
    return view as Mutable<PublicView>;
  },
};

/** The serializer's types are mutable; the view's readonly marks are for the domain only. */
type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

async function publicRow(db: Executor, drawId: string) {
  const id = await drawRepository.byDrawId(db, drawId);
  const row = id ? await drawRepository.get(db, id) : undefined;
  if (!row) throw new NotFoundError('抽取', drawId);
  return row;
}

type TaskRow = Awaited<ReturnType<typeof drawRepository.list>>[number]['task'];

function summary(draw: DrawRow, task: TaskRow) {
  const confirmed = draw.status === 'confirmed';
  return {
    drawId: draw.drawId,
    taskCode: task.code,
    planCode: typeof draw.plan.plan === 'string' ? draw.plan.plan : '',
    drawDate: task.drawDate,
    suite: draw.suite,
    version: versionOf(draw.suite),
    status: draw.status,
    announcedAt: draw.createdAt.toISOString(),
    confirmedAt: draw.confirmedAt?.toISOString() ?? null,
    abortReason: draw.abortReason,
    poolSize: draw.poolSize,
    eligible: draw.eligible,
    selected: confirmed ? (draw.result?.strata ?? []).reduce((s, x) => s + x.quota, 0) : null,
  };
}

function viewOf(draw: DrawRow, participants: readonly ParticipantRow[]) {
  if (!draw.result || !draw.seed || !draw.resultDigest || !draw.salts || !draw.strataDigest) return null;
  const h = nodeHasher(draw.suite);
  const saltCommits = new Map(
    draw.salts.map((s) => [
      s.stratum,
      toHex(saltCommitment(h, s.stratum, fromHex(s.salt) ?? new Uint8Array(0))),
    ]),
  );
  return publicView({
    plan: draw.plan,
    poolSize: draw.poolSize,
    digests: {
      plan: draw.planDigest,
      pool: draw.poolDigest,
      inspectors: draw.inspectorDigest,
      seed: draw.seed,
      result: draw.resultDigest,
      strata: draw.strataDigest,
      ...(draw.publicDigest && { public: draw.publicDigest }),
    },
    commitments: commitmentsOf(participants),
    reveals: revealsOf(participants),
    result: draw.result,
    saltCommits,
  });
}

/** DRAW.md §2's entity exclusion codes, counted in public without naming any entity (R-N.6). */
const EXCLUSION_LABELS: Readonly<Record<number, string>> = {
  1: '已注销或停业',
  2: '上级本年度已抽查或已列入计划',
  3: '已达本年度抽查次数上限',
  4: '正在接受定向（非随机）检查',
  5: '其他原因（记入审计日志）',
};

const ROLE_LABELS: Readonly<Record<ParticipantRow['role'], string>> = {
  drawer: '抽取人',
  supervisor: '监督人',
  system: '平台（系统）',
  witness: '见证人',
};

const KIND_LABELS: Readonly<Record<string, string>> = {
  media: '媒体记者',
  'special-supervisor': '特邀监督员',
  'entity-representative': '检查对象代表',
  other: '其他见证人',
};

function roleLabel(p: ParticipantRow): string {
  return p.role === 'witness' && p.kind
    ? `${ROLE_LABELS.witness}（${KIND_LABELS[p.kind] ?? ''}）`
    : ROLE_LABELS[p.role];
}

function witnessView(p: ParticipantRow) {
  return {
    witness: p.witness!,
    role: p.role,
    roleLabel: roleLabel(p),
    name: p.name,
    commit: p.commit,
    committedAt: p.committedAt?.toISOString() ?? null,
  };
}

function sortedReveals(participants: readonly ParticipantRow[]) {
  return revealsOf(participants).sort((a, b) => compareUtf8(a.witness, b.witness));
}

async function entityNames(db: Executor, taskId: string, ids: readonly string[]) {
  const names = await taskRepository.entityNames(db, taskId, ids);
  return [...ids].sort(compareUtf8).map((id) => {
    const name = names.get(id) ?? '';
    return { id, name: id.startsWith('NP-') ? maskPersonName(name) : name };
  });
}

async function inspectorNames(db: Executor, taskId: string, badges: readonly string[]) {
  if (badges.length === 0) return [];
  const wanted = new Set(badges);
  const rows = await taskRepository.inspectors(db, taskId);
  return rows.filter((i) => wanted.has(i.badgeNumber)).map((i) => ({ id: i.badgeNumber, name: i.name }));
}

/** Replacements as their number per kind only: an out → in pair would show two entities share a group. */
function replacementSummary(records: readonly JsonObject[]) {
  const counts = new Map<string, number>();
  for (const r of records) {
    const category = r.kind === 'inspector' ? '检查人员递补' : '检查对象递补';
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return { count: records.length, reasons: [...counts].map(([category, count]) => ({ category, count })) };
}
