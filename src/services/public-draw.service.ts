import type { Database } from '../db/database.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import { bundleOf } from './draw.service.ts';
import { NotFoundError } from './errors.ts';

/** Public (R-N.6, disclosure): confirmed draws only, their digests and counts. */
export const publicDrawService = {
  async list(db: Database) {
    return summaries(db, await drawRepository.confirmed(db));
  },

  /** One confirmed draw's summary, by its RDRAW draw id. */
  async get(db: Database, drawId: string) {
    return (await summaries(db, [await confirmedRow(db, drawId)]))[0]!;
  },

  async bundle(db: Database, drawId: string) {
    return bundleOf(db, (await confirmedRow(db, drawId)).draw);
  },
};

/** A confirmed draw by its RDRAW draw id; any other state is not public and looks like none. */
async function confirmedRow(db: Database, drawId: string) {
  const id = await drawRepository.byDrawId(db, drawId);
  const row = id ? await drawRepository.get(db, id) : undefined;
  if (!row || row.draw.status !== 'confirmed') throw new NotFoundError('已确认的抽取', drawId);
  return row;
}

type ConfirmedRow = Awaited<ReturnType<typeof drawRepository.confirmed>>[number];

async function summaries(db: Database, rows: readonly ConfirmedRow[]) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.draw.id, (await drawRepository.replacements(db, r.draw.id)).length);
  return rows.map(({ draw, task }) => ({
    drawId: draw.drawId,
    taskCode: task.code,
    planCode: typeof draw.plan.plan === 'string' ? draw.plan.plan : '',
    drawDate: task.drawDate,
    suite: draw.suite,
    confirmedAt: draw.confirmedAt?.toISOString() ?? '',
    digests: {
      plan: draw.planDigest,
      pool: draw.poolDigest,
      inspectors: draw.inspectorDigest,
      seed: draw.seed ?? '',
      result: draw.resultDigest ?? '',
    },
    poolSize: draw.poolSize,
    eligible: draw.eligible,
    selected: (draw.result?.strata ?? []).reduce((s, x) => s + x.quota, 0),
    replacements: counts.get(draw.id) ?? 0,
  }));
}
