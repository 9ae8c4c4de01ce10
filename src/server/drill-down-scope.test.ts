import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../test/support/databases.ts';
import { at, confirmedDraw, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { makeUser } from '../../test/support/fixtures.ts';
import { inspectionReportService } from '../services/inspection-report.service.ts';

interface Assessment {
  resultCodes: { code: string; count: number }[];
}

onEachDatabase('the dashboard’s drill-down lists keep its unit and year (R-27.1, issue 11)', (database) => {
  let app: FastifyInstance;
  let c: ConfirmedDraw;
  let cookie: string;
  const get = async <T>(url: string) => {
    const res = await app.inject({ url, headers: { cookie } });
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json<T>();
  };

  test('setup: two reports approved in 2026 in 治安, one awaiting review', { timeout: 120_000 }, async () => {
    c = await confirmedDraw(database(), 'scope-inspector');
    for (const n of [0, 1]) {
      const id = await reportAwaitingReview(database().db, c, n);
      await inspectionReportService.act(
        database().db,
        c.leader,
        id,
        { type: 'approve', opinion: null },
        at('2026-11-24'),
      );
    }
    await reportAwaitingReview(database().db, c, 2);
    app = await testApp(database());
    cookie = await loginCookie(app, c.w.users.leader.username);
  });

  test('R-27.1 results by code: the list under the dashboard’s unit and year has exactly the figure’s rows', async () => {
    const { district, zhian, jiaojing } = c.w.org;
    for (const unit of [district, zhian, jiaojing]) {
      const a = await get<Assessment>(`/api/admin/assessment?unitId=${unit.id}&year=2026`);
      const figure = a.resultCodes.find((r) => r.code === 'no-problem')?.count ?? 0;
      const list = await get<{ total: number; rows: unknown[] }>(
        `/api/admin/reports?resultCode=no-problem&status=approved,published&unitId=${unit.id}&approvedYear=2026`,
      );
      assert.equal(list.total, figure, unit.name);
      assert.equal(list.rows.length, figure, unit.name);
    }
    const other = await get<{ total: number }>(`/api/admin/reports?unitId=${c.w.org.jiaojing.id}`);
    assert.equal(other.total, 0, 'a sibling department’s unit narrows to nothing');
    const all = await get<{ total: number }>(`/api/admin/reports?unitId=${c.w.org.zhian.id}`);
    assert.equal(all.total, 3, 'without a year: the report awaiting review too');
    const lastYear = await get<{ total: number }>(`/api/admin/reports?approvedYear=2025`);
    assert.equal(lastYear.total, 0);
  });

  test('R-6.1 a sibling department lists none of 治安’s records or reports — the totals included — and its archive of a shared entity leaves out their unpublished results', async () => {
    await makeUser(database(), c.w.org.jiaojing, 'scope-jiaojing', ['department-admin']);
    const sibling = await loginCookie(app, 'scope-jiaojing');
    const as = async <T>(url: string) => {
      const res = await app.inject({ url, headers: { cookie: sibling } });
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
      return res.json<T>();
    };
    for (const url of [
      '/api/admin/reports',
      '/api/admin/reports?resultCode=no-problem',
      '/api/admin/inspections',
      '/api/admin/inspections?status=submitted',
    ]) {
      const list = await as<{ total: number; rows: unknown[] }>(url);
      assert.deepEqual({ total: list.total, rows: list.rows.length }, { total: 0, rows: 0 }, url);
    }
    const mine = await get<{ rows: { entity: { id: string } }[] }>('/api/admin/reports');
    const entityId = mine.rows[0]!.entity.id;
    const archive = await as<{ archive: { results: unknown[]; inspections: unknown[] } }>(
      `/api/admin/entities/${entityId}/archive`,
    );
    assert.deepEqual(archive.archive.results, [], 'another department’s results on the entity');
    assert.deepEqual(archive.archive.inspections, []);
    const own = await get<{ archive: { results: unknown[] } }>(`/api/admin/entities/${entityId}/archive`);
    assert.ok(own.archive.results.length > 0, 'the leader above both sees them');
  });

  test('R-27.1 inspection records by unit and year of the check; plans by unit', async () => {
    const records = (q: string) => get<{ total: number }>(`/api/admin/inspections?status=submitted&${q}`);
    assert.equal((await records(`unitId=${c.w.org.zhian.id}&checkedYear=2026`)).total, 3);
    assert.equal((await records(`unitId=${c.w.org.district.id}&checkedYear=2026`)).total, 3);
    assert.equal((await records(`unitId=${c.w.org.jiaojing.id}&checkedYear=2026`)).total, 0);
    assert.equal((await records(`unitId=${c.w.org.zhian.id}&checkedYear=2027`)).total, 0);
    const plans = (q: string) => get<{ plans: { id: string }[] }>(`/api/admin/plans?${q}`);
    assert.deepEqual(
      (await plans(`unitId=${c.w.org.zhian.id}&year=2026`)).plans.map((p) => p.id),
      [c.planId],
    );
    assert.deepEqual((await plans(`unitId=${c.w.org.jiaojing.id}`)).plans, []);
  });

  test('R-27.1 tasks of the scope’s plans and change applications of the scope’s year', async () => {
    const tasks = (q: string) => get<{ tasks: { id: string }[] }>(`/api/admin/tasks?${q}`);
    assert.deepEqual(
      (await tasks(`unitId=${c.w.org.zhian.id}&year=2026`)).tasks.map((t) => t.id),
      [c.taskId],
    );
    assert.deepEqual((await tasks(`unitId=${c.w.org.jiaojing.id}&year=2026`)).tasks, []);
    assert.deepEqual((await tasks(`unitId=${c.w.org.zhian.id}&year=2027`)).tasks, []);
    assert.equal((await tasks('')).tasks.length, 1, 'unscoped: every task the leader may read');
    for (const unit of [c.w.org.district, c.w.org.jiaojing]) {
      const a = await get<{ changes: { total: number } }>(
        `/api/admin/assessment?unitId=${unit.id}&year=2026`,
      );
      const list = await get<{ applications: unknown[] }>(
        `/api/admin/replacement-applications?unitId=${unit.id}&year=2026`,
      );
      assert.equal(list.applications.length, a.changes.total, unit.name);
    }
  });

  test('R-27.1 a scope that is not a unit id is refused in Chinese, not a 500', async () => {
    const res = await app.inject({ url: '/api/admin/reports?unitId=治安', headers: { cookie } });
    assert.equal(res.statusCode, 400);
    assert.match(res.json<{ error: { message: string } }>().error.message, /单位/);
    const year = await app.inject({ url: '/api/admin/inspections?checkedYear=abc', headers: { cookie } });
    assert.equal(year.statusCode, 400);
    assert.match(year.json<{ error: { message: string } }>().error.message, /检查年度/);
  });
});
