// Input checks on the entity pool table (DRAW.md §2, invalid-input); duplicate ids are found
// while hashing the pool in id order (digests.ts), where they are neighbours.
import type { InputProblem } from './errors.ts';
import { poolId } from './pool-table.ts';
import type { PoolTable } from './types.ts';

export const MAX_ENTITY_EXCLUSION = 5;
const MAX_LISTED_IDS = 20;

/** `<region>/<group>`: exactly one `/`, neither side empty. */
export function stratumProblem(stratum: string): string | undefined {
  const parts = stratum.split('/');
  if (parts.length !== 2) return 'a stratum needs exactly one "/"';
  if (parts[0] === '' || parts[1] === '') return 'a stratum needs a region and a group';
  return undefined;
}

export function stratumGroup(stratum: string): string {
  return stratum.slice(stratum.indexOf('/') + 1);
}

export function poolTableProblems(table: PoolTable): InputProblem[] {
  const problems: InputProblem[] = [];
  table.strata.forEach((stratum) => {
    const problem = stratumProblem(stratum);
    if (problem) problems.push({ at: 'pool.stratum', problem, ids: [stratum] });
  });
  const badLength: string[] = [];
  const badExclusion: string[] = [];
  for (let i = 0; i < table.size; i++) {
    const len = table.idOffsets[i + 1]! - table.idOffsets[i]!;
    if ((len < 1 || len > 255) && badLength.length < MAX_LISTED_IDS) badLength.push(poolId(table, i));
    if (table.exclusion[i]! > MAX_ENTITY_EXCLUSION && badExclusion.length < MAX_LISTED_IDS) {
      badExclusion.push(poolId(table, i));
    }
  }
  if (badLength.length > 0)
    problems.push({ at: 'pool.id', problem: 'an id must be 1–255 bytes', ids: badLength });
  if (badExclusion.length > 0)
    problems.push({ at: 'pool.exclusion', problem: 'exclusion outside 0–5', ids: badExclusion });
  return problems;
}
