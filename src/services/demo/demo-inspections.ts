// The demo inspections through the services: records with signatures, reports (R-24.1,
// R-N.7), review by someone other than the author (R-N.8) and publication (R-26.1, R-N.10).
import type { Database } from '../../db/database.ts';
import { DEMO_ITEMS } from '../../db/seed/demo-items.ts';
import { inspectionReportService } from '../inspection-report.service.ts';
import { inspectionService } from '../inspection.service.ts';
import type { DemoActors } from './demo-actors.ts';
import { DEMO_ITEM_CODE } from './demo-draw.ts';
import { partyOf, type DemoCase } from './demo-cases.ts';
import { demoSignaturePng } from './demo-signature.ts';
import { registeredDemoSigner } from './demo-keys.ts';
import { recordSignedText, reportSignedText } from '../../domain/inspection/personal-signature.ts';

/** Noon in Beijing on day `d`: the services' `now`, so dates and deadlines do not depend on the clock. */
const at = (d: string) => new Date(`${d}T04:00:00+08:00`);
const plusDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export interface DrawnEntity {
  readonly entityId: string;
  readonly team: readonly string[];
}

function rowsOf(c: DemoCase) {
  const checklist = DEMO_ITEMS.find((i) => i.code === DEMO_ITEM_CODE)!.checklist;
  return checklist.map((row, i) => {
    const nc = c.nonCompliant.find((n) => n.row === i);
    return nc
      ? { checklistCode: row.code, finding: 'non-compliant' as const, note: nc.note }
      : { checklistCode: row.code, finding: 'compliant' as const, note: '' };
  });
}

/** Both inspectors of the drawn team sign, and the party unless it refuses; then the record is submitted. */
async function signAndSubmit(db: Database, a: DemoActors, id: string, c: DemoCase, team: readonly string[]) {
  const now = at(c.checkedOn);
  const sign = (signer: string) =>
    inspectionService.addSignature(db, a.zhian, id, {
      kind: 'drawn',
      mime: 'image/png',
      contentBase64: demoSignaturePng(signer),
      signedAt: now.toISOString(),
    });
  const inspectors = [];
  for (const badgeNumber of team.slice(0, 2))
    inspectors.push({ badgeNumber, signatureId: (await sign(badgeNumber)).id });
  const party = 'signer' in c.party ? partyOf(c, (await sign(c.party.signer)).id) : partyOf(c, null);
  await inspectionService.update(db, a.zhian, id, { inspectors, party }, now);
  // Issue 10.4: the submitting officer signs the record with a key of their own.
  const key = await registeredDemoSigner(db, a.zhian, 'zhian');
  const { signingDigest } = await inspectionService.get(db, a.zhian, id);
  await inspectionService.submit(db, a.zhian, id, now, key.signText(recordSignedText(signingDigest)));
}

/** The report by 治安's administrator; the leader reviews it and 治安 or the leader publishes it. */
async function reportAndReview(db: Database, a: DemoActors, recordId: string, c: DemoCase) {
  const days = c.days!;
  const report = await inspectionReportService.submit(
    db,
    a.zhian,
    recordId,
    { ...c.report!, touchesTradeSecret: false, touchesPrivacy: false },
    at(plusDays(c.checkedOn, days.report)),
  );
  if (c.stage !== 'published') return;
  await inspectionReportService.act(
    db,
    a.leader,
    report.id,
    {
      type: 'approve',
      opinion: '同意',
      signature: (await registeredDemoSigner(db, a.leader, 'leader')).signText(
        reportSignedText(report.approvalDigest),
      ),
    },
    at(plusDays(c.checkedOn, days.approve)),
  );
  // A report whose text carries a phone or ID number is published only with the leader's approval (R-N.10).
  const privacy = report.review.needsPrivacyApproval;
  await inspectionReportService.act(
    db,
    privacy ? a.leader : a.zhian,
    report.id,
    { type: 'publish', privacyApproval: privacy },
    at(plusDays(c.checkedOn, days.publish)),
  );
}

/** One demo case for one drawn entity, as far as its stage goes. */
export async function inspectDemoCase(
  db: Database,
  a: DemoActors,
  drawId: string,
  itemId: string,
  target: DrawnEntity,
  c: DemoCase,
): Promise<string> {
  const now = at(c.checkedOn);
  const record = await inspectionService.create(
    db,
    a.zhian,
    {
      drawId,
      entityId: target.entityId,
      itemId,
      checkedOn: c.checkedOn,
      methods: [...c.methods],
      policeIdShown: true,
      responsibleBadgeNumber: target.team[0]!,
      rows: c.stage === 'draft' ? rowsOf(c).slice(0, 3) : rowsOf(c),
    },
    now,
  );
  if (c.stage === 'draft') return record.id;
  await signAndSubmit(db, a, record.id, c, target.team);
  await reportAndReview(db, a, record.id, c);
  return record.id;
}
