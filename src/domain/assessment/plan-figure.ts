// what a plan achieved against itself and against the floor (2 %, 2 rounds a year).
import { MIN_RATIO_PERCENT, MIN_ROUNDS } from '../item/item-rules.ts';

export const FLOOR = { rateBp: MIN_RATIO_PERCENT * 100, rounds: MIN_ROUNDS } as const;

/** red: something is already late; yellow: something falls due within days; null: nothing pressing. */
export type Flag = 'red' | 'yellow' | null;

export interface PlanCounts {
  readonly roundsPlanned: number;
  /** Rounds whose window has closed by today. */
  readonly roundsDue: number;
  readonly roundsDrawn: number;
  readonly plannedRateBp: number;
  readonly directory: number;
  readonly drawn: number;
  readonly inspected: number;
  readonly overdueTasks: number;
  readonly dueSoonTasks: number;
}

export interface PlanAchievement {
  /** Distinct entities inspected at random / the directory the tasks froze, in basis points. */
  readonly achievedBp: number;
  /** Entities inspected / entities drawn, in per cent (null before anything is drawn). */
  readonly completionPercent: number | null;
  readonly meetsPlan: boolean;
  readonly meetsFloor: boolean;
  readonly flag: Flag;
}

/** Basis points of part in whole, rounded down: 2 of 149 is 134 bp (1.34 %), never rounded up to the floor. */
export const bpOf = (part: number, whole: number): number =>
  whole > 0 ? Math.floor((part * 10_000) / whole) : 0;

export function planAchievement(c: PlanCounts): PlanAchievement {
  const achievedBp = bpOf(c.inspected, c.directory);
  const late = c.overdueTasks > 0 || c.roundsDue > c.roundsDrawn;
  return {
    achievedBp,
    completionPercent: c.drawn > 0 ? Math.floor((c.inspected * 100) / c.drawn) : null,
    meetsPlan: c.roundsDrawn >= c.roundsPlanned && achievedBp >= c.plannedRateBp,
    meetsFloor: c.roundsDrawn >= FLOOR.rounds && achievedBp >= FLOOR.rateBp,
    flag: late ? 'red' : c.dueSoonTasks > 0 ? 'yellow' : null,
  };
}

/** Publication (R-N.9): red when a result went or is past its deadline, yellow when one is due within days. */
export const publicationFlag = (t: { late: number; overdue: number; dueSoon: number }): Flag =>
  t.late + t.overdue > 0 ? 'red' : t.dueSoon > 0 ? 'yellow' : null;
