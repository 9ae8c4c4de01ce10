// Temporary screenshot script (not committed): builds a world, then photographs the issue-5 screens.
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { today } from '../../src/services/clock.ts';
import { inspectionService } from '../../src/services/inspection.service.ts';
import { inspectionReportService } from '../../src/services/inspection-report.service.ts';
import { planService } from '../../src/services/plan.service.ts';
import { taskService } from '../../src/services/task.service.ts';
import { freshDatabase } from '../support/databases.ts';
import { makeDrawWorld, planInput, runCeremony, userActor } from '../support/draw-fixture.ts';
import { makeUser, PASSWORD } from '../support/fixtures.ts';
import { testApp } from '../support/server.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e0e2d10000000049454e44ae426082', 'hex').toString('base64');
const database = await freshDatabase('pglite');
const w = await makeDrawWorld(database);
const insp = await makeUser(database, w.org.zhian, 'inspector-e2e', ['inspector']);
const day = today();
const year = Number(day.slice(0, 4));
const db = database.db;
const plan = await planService.create(db, userActor(w.users.admin, w.org.zhian), planInput(w, { year, rounds: [{ from: `${year}-01-01`, to: `${year}-06-30` }, { from: `${year}-07-01`, to: `${year}-12-31` }] }));
await planService.approve(db, userActor(w.users.leader, w.org.district), plan.id);
const task = await taskService.create(db, userActor(w.users.drawer, w.org.zhian, ['drawer']), { planId: plan.id, round: day.slice(5) <= '06-30' ? 1 : 2, drawDate: day });
const drawId = (await runCeremony(db, w, task.id)).id;
const actor = userActor(insp, w.org.zhian);
const rows = await inspectionService.drawEntities(db, actor, drawId);
const [a, b] = rows;
const full = async (row: typeof a) => {
  const rec = await inspectionService.create(db, actor, { drawId, entityId: row!.entity.id, itemId: w.itemId, checkedOn: day });
  const sig = async () => (await inspectionService.addSignature(db, actor, rec.id, { kind: 'drawn', mime: 'image/png', contentBase64: PNG })).id;
  await inspectionService.update(db, actor, rec.id, {
    methods: ['on-site', 'document'], policeIdShown: true,
    inspectors: [{ badgeNumber: row!.team[0]!.badgeNumber, signatureId: await sig() }, { badgeNumber: row!.team[1]!.badgeNumber, signatureId: await sig() }],
    responsibleBadgeNumber: row!.team[0]!.badgeNumber,
    rows: [{ checklistCode: 'C1', finding: 'compliant', note: '' }, { checklistCode: 'C2', finding: 'non-compliant', note: '消防通道堆放杂物' }],
    party: { kind: 'refused', reason: '拒绝签字', witness: null },
  });
  await inspectionService.submit(db, actor, rec.id);
  return rec.id;
};
const recA = await full(a);
const report = await inspectionReportService.submit(db, actor, recA, { findings: [{ method: 'on-site', summary: '现场发现消防通道堆放杂物' }, { method: 'document', summary: '登记簿完整' }], opinion: '责令立即清理消防通道', resultCode: 'corrected-on-order', nonCooperation: [{ kind: 'blocked-questioning', description: '' }], handling: { kind: 'none' }, followUps: [{ kind: 'order-to-correct', note: '十日内整改' }], touchesTradeSecret: false, touchesPrivacy: false });
const leader = userActor(w.users.leader, w.org.district);
await inspectionReportService.act(db, leader, report.id, { type: 'approve', opinion: null });
await inspectionReportService.act(db, leader, report.id, { type: 'publish', privacyApproval: false });
const recB = await full(b);
const draft = await inspectionService.create(db, actor, { drawId, entityId: rows[2]!.entity.id, itemId: w.itemId, checkedOn: day });

const app = await testApp(database);
await app.listen({ port: 0, host: '127.0.0.1' });
const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const sizes = { phone: { width: 390, height: 844 }, desk: { width: 1366, height: 900 } };
async function session(user: string, size: keyof typeof sizes) {
  const page = await browser.newPage({ viewport: sizes[size] });
  await page.goto(`${origin}/admin/login`);
  await page.locator('input#username').fill(user);
  await page.locator('input#password').fill(PASSWORD);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(/\/admin\/$/);
  return page;
}
async function shot(page: import('playwright-core').Page, path: string, name: string, full = true) {
  await page.goto(`${origin}${path}`);
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full });
}
for (const size of ['phone', 'desk'] as const) {
  const p = await session('inspector-e2e', size);
  await shot(p, `/admin/inspections/${draft.id}`, `${size}-record-form`);
  await shot(p, `/admin/inspections/draws/${drawId}`, `${size}-drawn`, false);
  await shot(p, `/admin/inspections/${recB}/report`, `${size}-report-form`);
  await shot(p, `/admin/inspections/${recA}`, `${size}-record-view`);
  const l = await session('leader', size);
  await shot(l, `/admin/reports`, `${size}-results`, false);
  await shot(l, `/admin/reports/${report.id}`, `${size}-report-detail`);
  await shot(l, `/admin/follow-ups`, `${size}-follow-ups`, false);
  await shot(l, `/admin/entities/${a!.entity.id}`, `${size}-entity-archive`);
  await shot(l, `/admin/inspections`, `${size}-inspections`, false);
  const pub = await browser.newPage({ viewport: sizes[size] });
  await shot(pub, `/`, `${size}-portal-results`);
  await shot(pub, `/#/archive/${a!.entity.publicId}`, `${size}-portal-archive`);
  await shot(pub, `/#/items`, `${size}-portal-items`, false);
  await shot(pub, `/#/draws`, `${size}-portal-draws`, false);
  await shot(pub, `/#/plans`, `${size}-portal-plans`, false);
}
await browser.close();
await app.close();
await database.close();
console.log('done');
