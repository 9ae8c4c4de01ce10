import type { Database } from '../db/database.ts';
import { todoRepository, type TodoRow } from '../db/repositories/todo.repository.ts';
import type { Flag } from '../domain/assessment/plan-figure.ts';
import { hasRole, type Actor } from './actor.ts';
import { today } from './clock.ts';
import { permits, type Action } from './permissions.ts';

export const TODO_KINDS = [
  'review',
  'publish',
  'change',
  'targeted',
  'plan',
  'import',
  'task',
  'witness',
  'record',
] as const;
export type TodoKind = (typeof TODO_KINDS)[number];

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** red: the date has passed; yellow: it comes within `soon` days. */
const flagOf = (due: string | null, on: string, soon: number): Flag =>
  due === null ? null : due < on ? 'red' : due <= addDays(on, soon) ? 'yellow' : null;

/** The home page's to-do list (issue 11.2): what waits for the signed-in officer's roles, most urgent first. */
export const todoService = {
  async list(db: Database, actor: Actor, now = new Date()) {
    const on = today(now);
    const path = actor.unitPath;
    const user = actor.userId;
    const when = <T>(ok: boolean, load: () => Promise<T[]>) => (ok ? load() : Promise.resolve([]));
    const may = (action: Action) => permits(actor.roles, action);
    const [review, publish, change, targeted, plan, imports, task, witness, record] = await Promise.all([
      when(may('report.review'), () => todoRepository.awaitingReview(db, path)),
      when(may('report.publish'), () => todoRepository.toPublish(db, path)),
      when(may('replacement.decide'), () => todoRepository.pendingChanges(db, path)),
      when(may('targeted.approve'), () => todoRepository.pendingTargeted(db, path)),
      when(may('plan.edit'), () => todoRepository.draftPlans(db, path, Number(on.slice(0, 4)))),
      when(may('directory.edit'), () => todoRepository.importsWithErrors(db, path, addDays(on, -30))),
      when(may('task.create'), () => todoRepository.tasksToDraw(db, path, addDays(on, 14))),
      when(user !== null && hasRole(actor, 'supervisor', 'auditor', 'leader'), () =>
        todoRepository.drawsToWitness(db, user!),
      ),
      when(user !== null && hasRole(actor, 'inspector'), () => todoRepository.draftRecords(db, user!)),
    ]);
    const group = (
      kind: TodoKind,
      rows: readonly (TodoRow & { provisional?: boolean })[],
      soon: number | null,
    ) => ({
      kind,
      items: rows.map((r) => ({
        id: r.id,
        label: r.label,
        detail: r.detail,
        code: r.code ?? null,
        due: r.due,
        provisional: r.provisional ?? false,
        flag: soon === null ? null : flagOf(r.due, on, soon),
      })),
    });
    const groups = [
      group('review', review, null),
      group('publish', publish, 5),
      group('change', change, null),
      group('targeted', targeted, null),
      group('task', task, 7),
      group('witness', witness, 3),
      group('record', record, null),
      group('plan', plan, null),
      group('import', imports, null),
    ];
    return { today: on, groups: groups.filter((g) => g.items.length > 0) };
  },
};
