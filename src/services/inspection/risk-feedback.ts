// an approved report feeds the entity's risk flags and class for the next plans; every
// change is its own audited event naming its source (the report and the rule).
import type { Executor } from '../../db/database.ts';
import { entityRepository, type EntityRecord } from '../../db/repositories/entity.repository.ts';
import type { RiskFlag } from '../../domain/directory/risk-flag.ts';
import type { InspectionReport } from '../../domain/inspection/report.ts';
import { riskFeedback, type RiskChange } from '../../domain/inspection/risk-feedback.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';

export async function applyRiskFeedback(
  tx: Executor,
  actor: Actor,
  entity: EntityRecord,
  report: InspectionReport,
): Promise<readonly RiskChange[]> {
  const changes = riskFeedback(report, {
    flags: entity.riskFlags as RiskFlag[],
    riskClass: entity.riskClass,
  });
  if (changes.length === 0) return changes;
  let flags = [...entity.riskFlags];
  let riskClass = entity.riskClass;
  for (const c of changes) {
    if (c.kind === 'flag') flags = [...flags, c.flag];
    else riskClass = c.to;
    await recordAudit(
      tx,
      actor,
      'entity.risk-feedback',
      { type: 'entity', id: entity.id },
      {
        change: c,
        recordId: report.recordId,
        riskFlags: flags,
        riskClass,
      },
    );
  }
  await entityRepository.update(tx, entity.id, { riskFlags: flags, riskClass });
  return changes;
}
