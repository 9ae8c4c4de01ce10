// recordAudit with and without the Merkle log (issue 10.3): N events, each in its own transaction, as the
// services write them. Usage: node --import tsx bench/audit-append.bench.ts [--events 10000]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { migrate, openDatabase } from '../src/db/database.ts';
import { auditRepository } from '../src/db/repositories/audit.repository.ts';
import { stateDigest, toPlainJson } from '../src/domain/audit/state-digest.ts';
import type { Actor } from '../src/services/actor.ts';
import { recordAudit } from '../src/services/audit.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '10000' } } });
const N = Number(values.events);
const actor: Actor = {
  userId: null,
  name: '基准',
  unitId: '00000000-0000-0000-0000-000000000001',
  unitPath: 'x',
  roles: [],
};
const state = (i: number) => ({
  drawId: `LH-ZA-2026-1-R1-D${i}`,
  status: 'confirmed',
  digest: 'ab'.repeat(32),
});

async function run(withTree: boolean): Promise<number> {
  const handle = await openDatabase({ memory: true });
  await migrate(handle);
  const t0 = performance.now();
  for (let i = 0; i < N; i++)
    await handle.db.transaction(async (tx) => {
      const s = state(i);
      if (withTree) await recordAudit(tx, actor, 'bench.event', { type: 'bench', id: `${i}` }, s);
      else
        await auditRepository.append(tx, {
          ...{ actorId: null, actorName: actor.name, unitId: actor.unitId, action: 'bench.event' },
          ...{ objectType: 'bench', objectId: `${i}`, digest: stateDigest(s), data: toPlainJson(s) },
        });
    });
  const us = ((performance.now() - t0) * 1000) / N;
  await handle.close();
  return us;
}

const plain = await run(false);
const tree = await run(true);
console.log(
  `PGlite, ${N} events: event row only ${plain.toFixed(0)} µs/event; with the Merkle leaf ${tree.toFixed(0)} µs/event`,
);
