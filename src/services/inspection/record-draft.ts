// A draft inspection record: what the phone form sends, how it is stored, and the checks a draft must
// already pass (the rest wait for submit). Also the visit a joint task's second record starts from.
import type { Executor } from '../../db/database.ts';
import {
  inspectionRepository,
  type NewInspectionRecord,
} from '../../db/repositories/inspection.repository.ts';
import type { ChecklistRowJson, Method, PartyJson } from '../../db/schema/index.ts';
import { checkInspectionRecord } from '../../domain/inspection/inspection-record.ts';
import { today } from '../clock.ts';
import { ValidationFailedError, type FieldProblem } from '../errors.ts';
import type { RecordScope } from './record-scope.ts';
import { domainRecord } from './record-view.ts';

export interface RecordDraftInput {
  readonly checkedOn?: string | null;
  readonly methods?: Method[];
  readonly policeIdShown?: boolean;
  readonly inspectors?: { badgeNumber: string; signatureId: string | null }[];
  readonly responsibleBadgeNumber?: string | null;
  readonly rows?: ChecklistRowJson[];
  readonly party?: PartyJson | null;
}

export type RecordCreateInput = RecordDraftInput &
  ({ drawId: string; entityId: string; itemId: string } | { targetedInspectionId: string; itemId: string });

// Refused even in a draft: they can never become right by filling in more (R-11.1, R-22.1 team, dates).
const DRAFT_REFUSALS = new Set([
  'checklist-row-not-in-item',
  'checklist-row-duplicate',
  'inspector-not-in-team',
  'inspector-replaced',
  'inspector-duplicate',
  'method-unknown',
  'method-not-allowed',
  'method-duplicate',
  'finding-invalid',
  'invalid-date',
  'check-date-in-future',
  'check-date-outside-window',
]);

export function contextOf(scope: RecordScope, now: Date) {
  return {
    team: scope.team.map((t) => t.badgeNumber),
    replacements: [],
    checklistCodes: scope.item.checklist.map((c) => c.code),
    allowedMethods: scope.item.methods,
    entityDrawn: true,
    today: today(now),
    window: scope.window,
  };
}

/** The stored form of the draft fields that were given; names of inspectors come from the team. */
export function patchOf(input: RecordDraftInput, scope: RecordScope): Partial<NewInspectionRecord> {
  const names = new Map(scope.team.map((t) => [t.badgeNumber, t.name]));
  return {
    ...(input.checkedOn !== undefined && { checkedOn: input.checkedOn }),
    ...(input.methods && { methods: input.methods }),
    ...(input.policeIdShown !== undefined && { policeIdShown: input.policeIdShown }),
    ...(input.inspectors && {
      inspectors: input.inspectors.map((i) => ({
        badgeNumber: i.badgeNumber,
        name: names.get(i.badgeNumber) ?? i.badgeNumber,
        signatureId: i.signatureId,
      })),
    }),
    ...(input.responsibleBadgeNumber !== undefined && {
      responsibleBadgeNumber: input.responsibleBadgeNumber,
    }),
    ...(input.rows && { rows: input.rows }),
    ...(input.party !== undefined && { party: input.party }),
  };
}

/** Signature ids the draft refers to must be signature images of this record. */
function signatureProblems(patch: Partial<NewInspectionRecord>, known: ReadonlySet<string>): FieldProblem[] {
  const refs: [string, string | null][] = [
    ...(patch.inspectors ?? []).map(
      (i, n) => [`inspectors[${n}].signatureId`, i.signatureId] as [string, string | null],
    ),
  ];
  const p = patch.party;
  if (p?.kind === 'signed') refs.push(['party.signatureId', p.signatureId]);
  if (p?.kind === 'refused' && p.witness) refs.push(['party.witness.signatureId', p.witness.signatureId]);
  return refs
    .filter(([, id]) => id !== null && !known.has(id))
    .map(([field]) => ({ field, code: 'signature-unknown', message: '签名不存在，请先上传签名图像' }));
}

export async function checkDraft(
  db: Executor,
  recordId: string,
  merged: NewInspectionRecord & { id: string; createdAt: Date; updatedAt: Date },
  patch: Partial<NewInspectionRecord>,
  scope: RecordScope,
  now: Date,
) {
  const files = await inspectionRepository.files(db, [recordId]);
  const known = new Set(files.filter((f) => f.purpose === 'signature').map((f) => f.id));
  const row = { ...merged } as Parameters<typeof domainRecord>[0];
  const checked = checkInspectionRecord(domainRecord(row, files, scope), contextOf(scope, now));
  // A draft may leave the date out (submit requires it); a date that is given must be valid.
  const dateMissing = (p: FieldProblem) => p.field === 'checkedOn' && merged.checkedOn == null;
  const problems = [
    ...(checked.ok ? [] : checked.problems.filter((p) => DRAFT_REFUSALS.has(p.code) && !dateMissing(p))),
    ...signatureProblems(patch, known),
  ];
  if (problems.length) throw new ValidationFailedError(problems);
}

/**
 * a joint task's entity is visited once, by one team, and each item keeps its own record. The
 * second item's record starts with the visit as the first one has it (date, methods the item allows,
 * police ID shown, inspectors and the responsible one); signatures, checklist rows and the party's
 * confirmation are the item's own.
 */
export async function sameVisitFields(
  db: Executor,
  key: { drawId?: string; targetedInspectionId?: string; entityId: string; itemId: string },
  scope: RecordScope,
): Promise<Partial<NewInspectionRecord>> {
  const first = await inspectionRepository.sameVisit(db, key);
  if (!first) return {};
  const team = new Set(scope.team.map((m) => m.badgeNumber));
  const inspectors = first.inspectors
    .filter((i) => team.has(i.badgeNumber))
    .map((i) => ({ ...i, signatureId: null }));
  return {
    checkedOn: first.checkedOn,
    methods: first.methods.filter((m) => scope.item.methods.includes(m)),
    policeIdShown: first.policeIdShown,
    inspectors,
    responsibleBadgeNumber: inspectors.some((i) => i.badgeNumber === first.responsibleBadgeNumber)
      ? first.responsibleBadgeNumber
      : null,
  };
}
