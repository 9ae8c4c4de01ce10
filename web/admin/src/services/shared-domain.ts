// The pure domain code the server runs too (STYLE.md convention 1): the browser checks plans with the
// server's own rules and computes witness commitments with the draw engine's code, never a copy of it.
export { witnessCommitment } from '../../../../src/domain/draw/digests.ts';
export { fromHex, toHex, utf8 } from '../../../../src/domain/draw/encoding.ts';
export { browserHasher } from '../../../../src/domain/draw/hash-browser.ts';
export { checkPlan, type PlanContent, type PlanItemFacts } from '../../../../src/domain/plan/plan-rules.ts';
export { percentToBp } from '../../../../src/domain/item/item-rules.ts';
