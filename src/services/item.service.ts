import type { Database } from '../db/database.ts';
import { guardCodeOf, isUniqueViolation } from '../db/pg-error.ts';
import {
  itemRepository,
  type ItemVersionRow,
  type ItemWithUnit,
} from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import {
  bpToPercent,
  checkItemContent,
  percentToBp,
  publishProblems,
  type ItemContent,
} from '../domain/item/item-rules.ts';
import { canRead, requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';
import { groupBy } from '../domain/group-by.ts';

export interface ItemInput extends ItemContent {
  readonly unitId: string;
}

export type ItemVersionView = ItemInput & {
  readonly version: number;
  readonly status: 'draft' | 'published';
  readonly effectiveFrom: string | null;
  readonly publishedAt: string | null;
  readonly publishedBy: string | null;
};

export interface ItemSummary {
  readonly id: string;
  readonly code: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly name: string;
  readonly category: 'priority' | 'general';
  readonly latestVersion: number;
  readonly publishedVersion: number | null;
  readonly status: 'draft' | 'published';
  readonly effectiveFrom: string | null;
  readonly updatedAt: string;
}

export interface ItemDetail {
  readonly item: ItemSummary;
  readonly versions: ItemVersionView[];
}

export function versionView(code: string, unitId: string, v: ItemVersionRow): ItemVersionView {
  return {
    code,
    unitId,
    name: v.name,
    category: v.category,
    legalBasis: v.legalBasis,
    objectType: v.objectType,
    needsEntityDirectory: v.needsEntityDirectory,
    ratioPercent: bpToPercent(v.ratioBp),
    roundsPerYear: v.roundsPerYear,
    methods: v.methods,
    checklist: v.checklist,
    procedure: v.procedure,
    higherRule: v.higherRule,
    version: v.version,
    status: v.status,
    effectiveFrom: v.effectiveFrom,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    publishedBy: v.publishedBy,
  };
}

function summary(row: ItemWithUnit, versions: readonly ItemVersionRow[]): ItemSummary {
  const latest = versions[0]!;
  const published = versions.find((v) => v.status === 'published');
  return {
    id: row.item.id,
    code: row.item.code,
    unitId: row.item.unitId,
    unitName: row.unitName,
    name: latest.name,
    category: latest.category,
    latestVersion: latest.version,
    publishedVersion: published?.version ?? null,
    status: latest.status,
    effectiveFrom: published?.effectiveFrom ?? null,
    updatedAt: row.item.updatedAt.toISOString(),
  };
}

const content = (input: ItemInput) => ({
  name: input.name.trim(),
  category: input.category,
  legalBasis: input.legalBasis.map((b) => ({ law: b.law.trim(), article: b.article.trim() })),
  objectType: input.objectType.trim(),
  needsEntityDirectory: input.needsEntityDirectory,
  ratioBp: percentToBp(input.ratioPercent),
  roundsPerYear: input.roundsPerYear,
  methods: [...input.methods],
  checklist: input.checklist.map((c) => ({ code: c.code.trim(), text: c.text.trim() })),
  procedure: input.procedure,
  higherRule: input.higherRule?.trim() || null,
});

function validate(input: ItemInput): void {
  const problems = checkItemContent(input);
  if (problems.length) throw new ValidationFailedError(problems);
}

async function detail(db: Database, row: ItemWithUnit): Promise<ItemDetail> {
  const versions = await itemRepository.versions(db, [row.item.id]);
  return {
    item: summary(row, versions),
    versions: versions.map((v) => versionView(row.item.code, row.item.unitId, v)),
  };
}

async function load(db: Database, actor: Actor, id: string, write: boolean): Promise<ItemWithUnit> {
  const row = await itemRepository.get(db, id);
  (write ? requireWritable : requireReadable)(actor, '抽查事项', id, row?.unitPath);
  return row!;
}

export const itemService = {
  async list(
    db: Database,
    actor: Actor,
    filter: { q?: string; status?: 'draft' | 'published' },
  ): Promise<ItemSummary[]> {
    const rows = (await itemRepository.list(db, filter.q?.trim() || undefined)).filter((r) =>
      canRead(actor, r.unitPath),
    );
    const versions = await itemRepository.versions(
      db,
      rows.map((r) => r.item.id),
    );
    const byItem = groupBy(versions, (v) => v.itemId);
    return rows
      .map((r) => summary(r, byItem.get(r.item.id) ?? []))
      .filter((s) => !filter.status || s.status === filter.status);
  },

  async get(db: Database, actor: Actor, id: string): Promise<ItemDetail> {
    return detail(db, await load(db, actor, id, false));
  },

  async create(db: Database, actor: Actor, input: ItemInput): Promise<ItemDetail> {
    requirePermission(actor, 'item.edit');
    const unit = await unitRepository.get(db, input.unitId);
    requireWritable(actor, '单位', input.unitId, unit?.path);
    validate(input);
    const id = await db
      .transaction(async (tx) => {
        const item = await itemRepository.insert(tx, input.code.trim(), input.unitId);
        await itemRepository.insertVersion(tx, item.id, 1, content(input));
        await recordAudit(tx, actor, 'item.create', { type: 'item', id: item.id }, { ...input, version: 1 });
        return item.id;
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new ConflictError('duplicate-code', `事项编码 ${input.code} 已存在`);
        throw err;
      });
    return this.get(db, actor, id);
  },

  /** Edits the draft; when the latest version is published, starts a new draft version. */
  async saveDraft(db: Database, actor: Actor, id: string, input: ItemInput): Promise<ItemDetail> {
    requirePermission(actor, 'item.edit');
    const row = await load(db, actor, id, true);
    if (input.code.trim() !== row.item.code || input.unitId !== row.item.unitId) {
      throw new ValidationFailedError([
        { field: 'code', code: 'immutable', message: '事项编码和所属单位创建后不能修改' },
      ]);
    }
    validate(input);
    await db.transaction(async (tx) => {
      const [latest] = await itemRepository.versions(tx, [id]);
      const version = latest!.status === 'draft' ? latest!.version : latest!.version + 1;
      if (latest!.status === 'draft') await itemRepository.updateDraft(tx, id, version, content(input));
      else await itemRepository.insertVersion(tx, id, version, content(input));
      await recordAudit(tx, actor, 'item.draft', { type: 'item', id }, { ...input, version });
    });
    return detail(db, row);
  },

  async publish(db: Database, actor: Actor, id: string, effectiveFrom: string): Promise<ItemDetail> {
    requirePermission(actor, 'item.publish');
    const row = await load(db, actor, id, true);
    await db
      .transaction(async (tx) => {
        const [latest] = await itemRepository.versions(tx, [id]);
        if (latest!.status !== 'draft') throw new ConflictError('no-draft', '没有待发布的草稿版本');
        const problems = publishProblems(versionView(row.item.code, row.item.unitId, latest!));
        if (problems.length) throw new ConflictError(problems[0]!.code, problems[0]!.message, problems);
        await itemRepository.publish(tx, id, latest!.version, effectiveFrom, actor.userId);
        await recordAudit(
          tx,
          actor,
          'item.publish',
          { type: 'item', id },
          { version: latest!.version, effectiveFrom },
        );
      })
      .catch((err: unknown) => {
        if (guardCodeOf(err) === 'item-version-published') {
          throw new ConflictError('item-version-published', '已发布的版本不能修改');
        }
        throw err;
      });
    return detail(db, row);
  },

  /** Public list: the version in force today of every published item. */
  async inForce(db: Database, day: string): Promise<ItemVersionView[]> {
    const versions = await itemRepository.inForce(db, day);
    const rows = await Promise.all(versions.map((v) => itemRepository.get(db, v.itemId)));
    return versions.map((v, i) => versionView(rows[i]!.item.code, rows[i]!.item.unitId, v));
  },
};
