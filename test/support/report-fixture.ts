// A report awaiting review on a confirmed draw: what a leader approves in the review tests.
import type { Database } from '../../src/db/database.ts';
import { inspectionReportService, type ReportInput } from '../../src/services/inspection-report.service.ts';
import { inspectionService } from '../../src/services/inspection.service.ts';
import { recordSignedText } from '../../src/domain/inspection/personal-signature.ts';
import { officerSigner } from './draw-fixture.ts';
import { at, PNG, type ConfirmedDraw } from './inspection-fixture.ts';

export const NO_PROBLEM_REPORT: ReportInput = {
  findings: [
    { method: 'on-site', summary: '现场检查未发现问题' },
    { method: 'document', summary: '登记簿完整' },
  ],
  opinion: '未发现问题',
  resultCode: 'no-problem',
  nonCooperation: [],
  handling: { kind: 'none' },
  followUps: [],
  touchesTradeSecret: false,
  touchesPrivacy: false,
};

/** The n-th drawn entity's record, complete and ready to submit (a draft), as checked on 2026-11-20. */
export async function recordReadyToSubmit(db: Database, c: ConfirmedDraw, n: number): Promise<string> {
  const target = (await inspectionService.drawEntities(db, c.inspector, c.drawId))[n]!;
  const draft = await inspectionService.create(db, c.inspector, {
    drawId: c.drawId,
    entityId: target.entity.id,
    itemId: c.w.itemId,
    methods: ['on-site', 'document'],
  });
  const sign = () =>
    inspectionService.addSignature(db, c.inspector, draft.id, {
      kind: 'drawn',
      mime: 'image/png',
      contentBase64: PNG.toString('base64'),
    });
  const [s1, s2, sp] = [await sign(), await sign(), await sign()];
  await inspectionService.update(db, c.inspector, draft.id, {
    checkedOn: '2026-11-20',
    policeIdShown: true,
    inspectors: [
      { badgeNumber: target.team[0]!.badgeNumber, signatureId: s1.id },
      { badgeNumber: target.team[1]!.badgeNumber, signatureId: s2.id },
    ],
    responsibleBadgeNumber: target.team[0]!.badgeNumber,
    rows: [
      { checklistCode: 'C1', finding: 'compliant', note: '' },
      { checklistCode: 'C2', finding: 'compliant', note: '' },
    ],
    party: { kind: 'signed', signerName: '负责人王某', signatureId: sp.id },
  });
  return draft.id;
}

/** The n-th drawn entity's record, signed and submitted on 2026-11-20, with a report submitted on 11-23. */
export async function reportAwaitingReview(db: Database, c: ConfirmedDraw, n: number): Promise<string> {
  const draft = { id: await recordReadyToSubmit(db, c, n) };
  // Issue 10.4: the submitting officer signs the record with a key of their own.
  const key = await officerSigner(db, c.inspector);
  const { signingDigest } = await inspectionService.get(db, c.inspector, draft.id);
  await inspectionService.submit(
    db,
    c.inspector,
    draft.id,
    at('2026-11-20'),
    key.signText(recordSignedText(signingDigest)),
  );
  const report = await inspectionReportService.submit(
    db,
    c.admin,
    draft.id,
    NO_PROBLEM_REPORT,
    at('2026-11-23'),
  );
  return report.id;
}
