// The result of 核验 as the page shows it: named checks, each passed, failed or not run.
import type { ShownSignature } from '../../../../src/domain/draw/verify-public.ts';
import type { SignerResult } from '../../../../src/domain/draw/signature-check.ts';

export interface ReportCheck {
  readonly id: string;
  readonly title: string;
  /** null: not run (an earlier check failed, or nothing to check it with). */
  readonly passed: boolean | null;
  readonly detail?: string;
}

export interface VerifyReport {
  readonly kind: 'public-view' | 'bundle' | 'unknown';
  /** Every check that ran passed (a check that could not run does not fail the file). */
  readonly ok: boolean;
  readonly drawId?: string;
  readonly suite?: string;
  readonly checks: readonly ReportCheck[];
  readonly statementDigest?: string;
  /** Each shown signature against the rebuilt statement (issue 10.4). */
  readonly signers?: readonly SignerResult[];
}

/** The draw page the file is checked against, when there is one. */
export interface VerifyContext {
  readonly drawId?: string;
  readonly signatures?: readonly ShownSignature[];
  /** The public view the portal serves for this draw (as the page received it), to compare a recomputed bundle's with. */
  readonly servedView?: unknown;
}

export type VerifyStage = 'parse' | 'public' | 'recompute' | 'compare';

export const FORMAT_TITLE = '文件可以读取：RDRAW-2 公开视图或 RDRAW-1/RDRAW-2 完整数据包';
export const SAME_DRAW_TITLE = '文件属于本次抽取（抽取编号一致）';

export function holds(checks: readonly ReportCheck[]): boolean {
  const ran = checks.filter((c) => c.passed !== null);
  return ran.length > 2 && ran.every((c) => c.passed === true);
}

export function sameDrawCheck(fileDrawId: string, context: VerifyContext): ReportCheck[] {
  if (context.drawId === undefined) return [];
  const passed = fileDrawId === context.drawId;
  return [
    {
      id: 'same-draw',
      title: SAME_DRAW_TITLE,
      passed,
      ...(!passed && { detail: `文件的抽取编号为 ${fileDrawId}，本页为 ${context.drawId}` }),
    },
  ];
}
