import type { Database } from '../db/database.ts';
import { isUniqueViolation } from '../db/pg-error.ts';
import { entityRepository, type EntityRecord, type NewEntity } from '../db/repositories/entity.repository.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import {
  checkEntityInput,
  normaliseEntityInput,
  type EntityInput,
} from '../domain/directory/entity-input.ts';
import { regionName } from '../domain/region/region.ts';
import { requirePermission, requireReadable, requireWritable } from './access.ts';
import { permits } from './permissions.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { historyOf, type AuditEventView } from './audit.service.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';
import { entityPersonalDataRepository } from '../db/repositories/entity-personal-data.repository.ts';
import {
  exactSearchHashes,
  idNumberHashes,
  openPersonalFields,
  sealPersonalFields,
} from './personal-data/entity-personal-data.ts';
import { unitService } from './unit.service.ts';

export type { EntityInput };

export interface EntitySummary {
  readonly id: string;
  readonly kind: 'organisation' | 'person';
  readonly name: string;
  /** The credit code, or the masked ID number: never the full ID number (R-N.10). */
  readonly code: string;
  /** 联系电话, masked: the full number only through the audited view (issue 10.7). */
  readonly contactPhone: string | null;
  readonly publicId: string;
  readonly regionCode: string;
  readonly regionName: string | null;
  readonly industry: string;
  readonly riskClass: 'A' | 'B' | 'C' | 'D';
  readonly riskFlags: string[];
  readonly status: 'active' | 'deregistered';
  readonly licenceNumber: string | null;
  readonly licenceValidUntil: string | null;
  readonly updatedAt: string;
}

export interface EntityDetail extends EntitySummary {
  readonly unitId: string;
  readonly registrationAuthority: string | null;
  readonly legalRepresentative: string | null;
  readonly address: string | null;
  readonly deregisteredAt: string | null;
  readonly deregistrationReason: string | null;
}

export function entitySummary(e: EntityRecord): EntitySummary {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    code: e.kind === 'person' ? (e.idNumberMasked ?? '') : e.code,
    contactPhone: e.contactPhoneMasked,
    publicId: e.publicId,
    regionCode: e.regionCode,
    regionName: regionName(e.regionCode),
    industry: e.industry,
    riskClass: e.riskClass,
    riskFlags: e.riskFlags,
    status: e.status,
    licenceNumber: e.licenceNumber,
    licenceValidUntil: e.licenceValidUntil,
    updatedAt: e.updatedAt.toISOString(),
  };
}

const entityDetail = (e: EntityRecord): EntityDetail => ({
  ...entitySummary(e),
  unitId: e.unitId,
  registrationAuthority: e.registrationAuthority,
  legalRepresentative: e.legalRepresentative,
  address: e.address,
  deregisteredAt: e.deregisteredAt,
  deregistrationReason: e.deregistrationReason,
});

/** What is audited: the record as shown, without the full ID number or phone. */
const auditState = entityDetail;

function toRecord(input: EntityInput, unitId: string): NewEntity {
  const code = input.kind === 'organisation' ? input.creditCode! : input.idNumber!;
  return {
    unitId,
    kind: input.kind,
    ...sealPersonalFields(unitId, input.kind, code, input.contactPhone ?? null),
    publicId: input.kind === 'organisation' ? code : entityRepository.newPersonPublicId(),
    name: input.name,
    registrationAuthority: input.registrationAuthority ?? null,
    legalRepresentative: input.legalRepresentative ?? null,
    address: input.address ?? null,
    licenceNumber: input.licenceNumber ?? null,
    licenceValidUntil: input.licenceValidUntil ?? null,
    regionCode: input.regionCode,
    industry: input.industry,
    riskClass: input.riskClass,
    riskFlags: [...(input.riskFlags ?? [])],
  };
}

const DUPLICATE = '该统一社会信用代码（身份证号）已在名录库中';

/** The unique index holds for the current key; a row not yet rotated is found by its older hashes. */
async function refuseDuplicatePerson(db: Database, unitId: string, e: EntityInput, exceptId?: string) {
  if (e.kind !== 'person' || !e.idNumber) return;
  if (await entityPersonalDataRepository.codeTaken(db, unitId, idNumberHashes(e.idNumber), exceptId))
    throw new ConflictError('duplicate-code', DUPLICATE);
}

/**
 * A whole ID number or phone in the search box finds its entity by keyed hash — for the officers who may
 * see full numbers (directory.personal-data), and audited like a view (fields, never the number). For
 * anyone else it is plain text: the masked list shows eight of an ID number's eighteen digits, and an exact
 * match tried over the ≈2,000 numbers that fit them would recover the rest without a trace.
 */
function exactSearch(actor: Actor, q: string | undefined) {
  const none = { codes: [] as string[], phones: [] as string[], fields: [] as string[] };
  if (!q || !permits(actor.roles, 'directory.personal-data')) return none;
  const { codes, phones } = exactSearchHashes(q);
  const fields = [...(codes.length ? ['idNumber'] : []), ...(phones.length ? ['contactPhone'] : [])];
  return { codes, phones, fields };
}

async function load(db: Database, actor: Actor, id: string, write: boolean) {
  const row = await entityRepository.get(db, id);
  (write ? requireWritable : requireReadable)(actor, '市场主体', id, row?.unitPath);
  return row!.entity;
}

export const entityService = {
  async page(
    db: Database,
    actor: Actor,
    filter: Omit<Parameters<typeof entityRepository.page>[1], 'unitIds' | 'exact'>,
    page: PageRequest,
  ) {
    const unitIds = await unitService.readableIds(db, actor);
    const exact = exactSearch(actor, filter.q);
    const { total, rows } = await entityRepository.page(db, { ...filter, unitIds, exact }, page);
    if (exact.fields.length > 0)
      await db.transaction((tx) =>
        recordAudit(
          tx,
          actor,
          'entity.personal-data-searched',
          rows.length === 1 ? { type: 'entity', id: rows[0]!.id } : { type: 'unit', id: actor.unitId },
          { fields: exact.fields, matched: total },
        ),
      );
    return { total, page: page.page, pageSize: page.pageSize, rows: rows.map(entitySummary) };
  },

  async get(
    db: Database,
    actor: Actor,
    id: string,
  ): Promise<{ entity: EntityDetail; history: AuditEventView[] }> {
    const entity = await load(db, actor, id, false);
    const history = await historyOf(db, { type: 'entity', id }, [
      entity.createdByImport,
      entity.updatedByImport,
    ]);
    return { entity: entityDetail(entity), history };
  },

  async create(db: Database, actor: Actor, unitId: string, raw: EntityInput): Promise<EntityDetail> {
    requirePermission(actor, 'directory.edit');
    const input = normaliseEntityInput(raw);
    requireWritable(actor, '单位', unitId, (await unitRepository.get(db, unitId))?.path);
    const problems = checkEntityInput(input);
    if (problems.length) throw new ValidationFailedError(problems);
    await refuseDuplicatePerson(db, unitId, input);
    const entity = await db
      .transaction(async (tx) => {
        const row = await entityRepository.insert(tx, toRecord(input, unitId));
        await recordAudit(tx, actor, 'entity.create', { type: 'entity', id: row.id }, auditState(row));
        return row;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new ConflictError('duplicate-code', DUPLICATE);
        throw err;
      });
    return entityDetail(entity);
  },

  async update(db: Database, actor: Actor, id: string, raw: Partial<EntityInput>): Promise<EntityDetail> {
    requirePermission(actor, 'directory.edit');
    const patch = normaliseEntityInput(raw);
    const current = await load(db, actor, id, true);
    if (patch.kind && patch.kind !== current.kind) {
      throw new ValidationFailedError([{ field: 'kind', code: 'immutable', message: '主体类型不能修改' }]);
    }
    const plain = openPersonalFields(current);
    const merged: EntityInput = {
      kind: current.kind,
      name: patch.name ?? current.name,
      creditCode: current.kind === 'organisation' ? (patch.creditCode ?? current.code) : undefined,
      idNumber: current.kind === 'person' ? (patch.idNumber ?? plain.idNumber ?? undefined) : undefined,
      registrationAuthority: patch.registrationAuthority ?? current.registrationAuthority ?? undefined,
      legalRepresentative: patch.legalRepresentative ?? current.legalRepresentative ?? undefined,
      address: patch.address ?? current.address ?? undefined,
      contactPhone: patch.contactPhone ?? plain.contactPhone ?? undefined,
      licenceNumber: patch.licenceNumber ?? current.licenceNumber ?? undefined,
      licenceValidUntil: patch.licenceValidUntil ?? current.licenceValidUntil ?? undefined,
      regionCode: patch.regionCode ?? current.regionCode,
      industry: patch.industry ?? current.industry,
      riskClass: patch.riskClass ?? current.riskClass,
      riskFlags: patch.riskFlags ?? current.riskFlags,
    };
    const problems = checkEntityInput(merged);
    if (problems.length) throw new ValidationFailedError(problems);
    if (patch.idNumber && patch.idNumber !== plain.idNumber)
      await refuseDuplicatePerson(db, current.unitId, merged, id);
    const { publicId: _keep, unitId: _unit, ...record } = toRecord(merged, current.unitId);
    const entity = await db.transaction(async (tx) => {
      const row = await entityRepository.update(tx, id, record);
      await recordAudit(tx, actor, 'entity.update', { type: 'entity', id }, auditState(row));
      return row;
    });
    return entityDetail(entity);
  },

  /** a terminated entity is kept with its history and leaves future draws. */
  async deregister(
    db: Database,
    actor: Actor,
    id: string,
    date: string,
    reason: string,
  ): Promise<EntityDetail> {
    requirePermission(actor, 'directory.edit');
    const current = await load(db, actor, id, true);
    if (current.status === 'deregistered') throw new ConflictError('already-deregistered', '该主体已注销');
    if (!reason.trim())
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写注销原因' }]);
    const entity = await db.transaction(async (tx) => {
      const row = await entityRepository.update(tx, id, {
        status: 'deregistered',
        deregisteredAt: date,
        deregistrationReason: reason.trim(),
      });
      await recordAudit(tx, actor, 'entity.deregister', { type: 'entity', id }, auditState(row));
      return row;
    });
    return entityDetail(entity);
  },
};
