// Makes docs/examples/demo-draw.bundle.json (the full RDRAW-2 bundle) and demo-draw.public.json (its
// public view, as anonymous readers get it): the demo seed's draw over the demo data, made through the
// services (plan → approval → task → ceremony → confirmation → one approved replacement, in
// src/services/demo/demo-draw.ts), then checks the bundle with the engine's verify.
// Run: node --import tsx scripts/demo-draw.ts [OUT.json]
import { writeFile } from 'node:fs/promises';
import { migrate, openDatabase } from '../src/db/database.ts';
import { drawRepository } from '../src/db/repositories/draw.repository.ts';
import { nodeHasher } from '../src/domain/draw/hash-node.ts';
import { readBundle } from '../src/domain/draw/read-bundle.ts';
import type { JsonValue } from '../src/domain/draw/types.ts';
import { verifyBundle } from '../src/domain/draw/verify.ts';
import { seedDemoIfEmpty } from '../src/services/demo.service.ts';
import { bundleOf } from '../src/services/draw.service.ts';
import { publicDrawService } from '../src/services/public-draw.service.ts';

const OUT = process.argv[2] ?? new URL('../docs/examples/demo-draw.bundle.json', import.meta.url).pathname;

/** The bundle of a fresh demo draw, checked with the engine's verify. */
export async function demoBundle() {
  const handle = await openDatabase({ memory: true });
  try {
    await migrate(handle);
    const seeded = await seedDemoIfEmpty(handle);
    const draw = (await drawRepository.get(handle.db, seeded!.cycle!.drawId))!.draw;
    const bundle = await bundleOf(handle.db, draw);
    const view = await publicDrawService.view(handle.db, draw.drawId);
    const read = readBundle(JSON.parse(JSON.stringify(bundle)) as JsonValue);
    if (!read.ok) throw new Error(read.error.message);
    const verdict = verifyBundle(nodeHasher(read.input.plan.suite), read.input, read.claims);
    if (!verdict.ok || verdict.mismatches.length > 0)
      throw new Error(`the demo bundle does not verify: ${JSON.stringify(verdict)}`);
    return { bundle, view };
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bundle, view } = await demoBundle();
  await writeFile(OUT, `${JSON.stringify(bundle, null, 2)}\n`);
  await writeFile(OUT.replace(/\.bundle\.json$/, '.public.json'), `${JSON.stringify(view, null, 2)}\n`);
  process.stdout.write(
    `${OUT}: ${bundle.plan.drawId as string}, ${bundle.pool.length} pool records, result ${bundle.digests.result}; verify ✓\n`,
  );
}
