// Deterministic demo data for the 临河区分局 seed and the benchmarks (pure: same seed, same data).
export { DEMO_UNITS, DEMO_STATION_CODES, DEPARTMENT_CODES } from './demo-units.ts';
export type { DemoUnit } from './demo-units.ts';
export { DEMO_ITEMS, DEMO_INDUSTRIES } from './demo-items.ts';
export type { DemoItem } from './demo-items.ts';
export { entityStream, generateEntities, generateEntityCsv } from './demo-entities.ts';
export { generateInspectors } from './demo-inspectors.ts';
export type { DemoInspector } from './demo-inspectors.ts';
export { seededRandom } from './seeded-random.ts';
export type { SeededRandom } from './seeded-random.ts';
