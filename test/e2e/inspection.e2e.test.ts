// Browser test of issue 5: a drawn entity from the inspection record to the public result and credit archive.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Locator, Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../../src/db/database.ts';
import { verifyLog } from '../../src/services/log/verify-log.service.ts';
import { today } from '../../src/services/clock.ts';
import { inspectionService } from '../../src/services/inspection.service.ts';
import { planService } from '../../src/services/plan.service.ts';
import { taskService } from '../../src/services/task.service.ts';
import { idNumber } from '../support/codes.ts';
import { browserSkipReason, launchChromium, openSignedIn, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { makeDrawWorld, planInput, runCeremony, userActor } from '../support/draw-fixture.ts';
import { makeUser, PASSWORD } from '../support/fixtures.ts';
import { testApp } from '../support/server.ts';

const skip = browserSkipReason(['admin', 'portal']);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e0e2d10000000049454e44ae426082',
  'hex',
);
const PHONE = '13912345678';
const ID_NUMBER = idNumber(11);

/** Draws a stroke on a signature canvas with the mouse, then confirms it. */
async function sign(pad: Locator): Promise<void> {
  const canvas = pad.locator('canvas');
  // Centred, so the sticky save bar at the bottom of a phone screen does not cover it.
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = (await canvas.boundingBox())!;
  const page = canvas.page();
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++)
    await page.mouse.move(box.x + 20 + step * 25, box.y + box.height / 2 + (step % 2 ? -25 : 25));
  await page.mouse.up();
  await pad.getByRole('button', { name: '确认签名' }).click();
  await pad.locator('img').waitFor();
}

async function pickOption(page: Page, selectId: string, label: string): Promise<void> {
  await page.locator(`#${selectId}`).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click();
}

void describe('inspection, report, review and publication in a browser', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let origin: string;
  let drawUuid: string;
  let target: {
    entity: { id: string; publicId: string; name: string };
    team: { name: string; badgeNumber: string }[];
  };

  before(async () => {
    database = await freshDatabase('pglite');
    const w = await makeDrawWorld(database);
    const inspector = await makeUser(database, w.org.zhian, 'inspector-e2e', ['inspector']);
    // The round that contains today, so the check date (today) is inside the task window.
    const day = today();
    const year = Number(day.slice(0, 4));
    const round = day.slice(5) <= '06-30' ? 1 : 2;
    const db = database.db;
    const plan = await planService.create(
      db,
      userActor(w.users.admin, w.org.zhian),
      planInput(w, {
        year,
        rounds: [
          { from: `${year}-01-01`, to: `${year}-06-30` },
          { from: `${year}-07-01`, to: `${year}-12-31` },
        ],
      }),
    );
    await planService.approve(db, userActor(w.users.leader, w.org.district), plan.id);
    const task = await taskService.create(db, userActor(w.users.drawer, w.org.zhian, ['drawer']), {
      planId: plan.id,
      round,
      drawDate: day,
    });
    drawUuid = (await runCeremony(db, w, task.id)).id;
    const rows = await inspectionService.drawEntities(db, userActor(inspector, w.org.zhian), drawUuid);
    target = rows[0]!;
    app = await testApp(database);
    origin = await listenOnLoopback(app);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const loggedIn = (username: string, path: string, viewport = { width: 1280, height: 900 }) =>
    openSignedIn(browser, `${origin}/admin${path}`, username, PASSWORD, viewport);

  async function fillRecord(page: Page): Promise<void> {
    await page.getByLabel('实地检查').check();
    await page.getByLabel('书面核查').check();
    for (const m of target.team) await page.getByLabel(`${m.name}（${m.badgeNumber}）`).check();
    await pickOption(page, 'responsibleBadgeNumber', target.team[0]!.name);
    await page.locator('#policeIdShown').click();
    const c2 = page.getByTestId('row-C2');
    await c2.getByText('不符合').click();
    await c2.locator('textarea').fill('消防通道堆放杂物');
    // A file that is not what it claims is refused by the server, with its message; a real photo is kept.
    const upload = page.locator('input[type=file]').first();
    await upload.setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: PNG });
    await page.locator('.ant-message-error').waitFor();
    await upload.setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('link', { name: 'scene.png' }).waitFor();
    for (const m of target.team) await sign(page.getByTestId(`signature-${m.name}`));
    await page.getByText('拒绝签字').click();
    await page.locator('#refusalReason').fill('负责人称须请示总公司，拒绝签字');
    await page.locator('#hasWitness').click();
    await page.locator('#witnessName').fill('社区网格员 赵敏');
    await sign(page.getByTestId('signature-见证人'));
  }

  test('R-22.1 R-23.1 R-24.1 R-25.1 R-N.8 R-N.10 R-26.2 a drawn entity goes from the signed record (party refused) to the report, review, publication with masked fields and the credit archive', async () => {
    const phone = { width: 390, height: 844 };
    const field = await loggedIn('inspector-e2e', `/inspections/draws/${drawUuid}`, phone);
    const row = field.getByTestId(`drawn-${target.entity.publicId}`);
    await row.getByRole('button', { name: '填写检查登记表' }).click();
    await field.waitForURL(/\/admin\/inspections\/[0-9a-f-]{36}$/);
    const recordUrl = field.url();
    // Issue 11: an incomplete record is refused with each problem at its field, in Chinese, scrolled to.
    await field.getByRole('button', { name: '提交检查登记表' }).click();
    await field
      .locator('.ant-form-item-explain-error', { hasText: '负责人须为本次检查的检查人员' })
      .waitFor();
    assert.doesNotMatch(await field.locator('body').innerText(), /responsibleBadgeNumber|rows\[\d\]/);
    await fillRecord(field);

    // The network drops: the draft stays on the phone, and goes to the server once it is back.
    await field.context().setOffline(true);
    await field.getByTestId('row-C1').locator('textarea').fill('离线填写的说明');
    await field.getByTestId('sync-status').filter({ hasText: '网络中断' }).waitFor();
    const kept = await field.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    assert.match(kept, /离线填写的说明/);
    await field.context().setOffline(false);
    await field.getByRole('button', { name: '保存草稿' }).click();
    await field.getByTestId('sync-status').filter({ hasText: '已保存到服务器' }).waitFor();
    await field.getByRole('button', { name: '提交检查登记表' }).click();
    await field.getByRole('button', { name: '填写检查报告' }).click();

    // The report: findings of both methods, a non-cooperation circumstance, an opinion with personal data.
    await field.waitForURL(/\/report$/);
    await field.locator('[id="findings_on-site"]').fill('现场检查发现消防通道堆放杂物');
    await field.locator('#findings_document').fill('旅客登记簿记录完整');
    await field.locator('#opinion').fill(`责令立即清理消防通道。负责人电话${PHONE}，身份证${ID_NUMBER}。`);
    await pickOption(field, 'resultCode', '发现问题经责令已改正');
    await field.getByLabel('阻碍询问调查').check();
    await field.getByRole('button', { name: '添加后续处置' }).click();
    await pickOption(field, 'followUps_0_kind', '责令改正');
    await field.getByRole('button', { name: '提交审核' }).click();
    await field.waitForURL(/\/admin\/reports\/[0-9a-f-]{36}$/);
    await field.getByText('待审核').first().waitFor();

    // The leader returns it once; the inspector enters the next version; the leader approves and publishes.
    const leader = await loggedIn('leader', '/reports');
    await leader.getByRole('link', { name: target.entity.name }).click();
    await leader.getByRole('button', { name: '退回修改' }).click();
    await leader.getByLabel('审核意见').fill('请补充书面核查的具体情况');
    await leader.locator('.ant-modal-footer').getByRole('button', { name: '退回修改' }).click();
    await leader.locator('.ant-tag', { hasText: '已退回' }).first().waitFor();

    await field.reload();
    await field.locator('.ant-tag', { hasText: '已退回' }).first().waitFor();
    await field.getByRole('button', { name: '填写新版本' }).click();
    await field.locator('#findings_document').fill('旅客登记簿记录完整，治安保卫制度上墙');
    await field.getByRole('button', { name: '提交审核' }).click();
    await field.waitForURL(/\/admin\/reports\/[0-9a-f-]{36}$/);
    await field.getByText('第 2 版').waitFor();
    const reportUrl = field.url().replace(/^.*\/admin/, '');

    await leader.goto(`${origin}/admin${reportUrl}`);
    await leader.getByRole('button', { name: '审核通过' }).click();
    await leader.locator('.ant-modal-footer').getByRole('button', { name: '审核通过' }).click();
    await leader.getByRole('button', { name: '公示' }).click();
    await leader.getByText('本人作为领导审查同意公示', { exact: false }).click();
    // antd spaces a two-character label without icon: "公 示".
    await leader
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /^公\s?示$/ })
      .click();
    await leader.locator('.ant-tag', { hasText: '已公示' }).first().waitFor();

    // The public portal: no login, personal data masked (R-N.10), the entity's archive.
    const portal = await browser.newPage({ viewport: phone });
    await portal.goto(`${origin}/`);
    await portal.getByRole('link', { name: target.entity.name }).waitFor();
    const text = await portal.locator('body').innerText();
    assert.ok(!text.includes(PHONE), 'the phone number is masked');
    assert.ok(!text.includes(ID_NUMBER), 'the ID number is masked');
    assert.match(text, /139\*{4}5678/);
    assert.ok(text.includes(target.team[0]!.badgeNumber), 'inspectors by name and badge');
    await portal.getByRole('link', { name: target.entity.name }).click();
    await portal.getByText('信用档案', { exact: false }).first().waitFor();
    await portal.getByText('阻碍询问调查', { exact: false }).first().waitFor();
    assert.ok(!(await portal.locator('body').innerText()).includes(PHONE));

    // The officers' credit archive on the entity page.
    await leader.goto(`${origin}/admin/entities/${target.entity.id}`);
    const archive = leader.getByTestId('credit-archive');
    await archive.locator('.ant-tag', { hasText: '已公示' }).first().waitFor();

    // The submitted record is read only, with its signatures and the refusal.
    await field.goto(recordUrl);
    await field.getByText('负责人称须请示总公司，拒绝签字').waitFor();
    assert.equal(await field.locator('canvas').count(), 0);

    // Issue 10.4: the inspector signed the record and the leader the approval, each with a key made in
    // their browser; both signatures are in the log and verify-log checks them.
    const signed = await queryRows<{ action: string; scheme: string | null }>(
      database.db,
      sql`SELECT action, data->'signature'->>'scheme' AS scheme FROM audit_events
          WHERE action IN ('inspection.submit', 'inspection.report-approve') ORDER BY seq`,
    );
    assert.deepEqual(signed, [
      { action: 'inspection.submit', scheme: 'ed25519' },
      { action: 'inspection.report-approve', scheme: 'ed25519' },
    ]);
    const log = await verifyLog(database.db);
    assert.deepEqual(log.findings, []);
    assert.equal(log.signaturesChecked, 2);

    // 我的签名密钥 on the phone: the key this browser holds, active; revoking it leaves it listed as 已停用.
    await field.goto(`${origin}/admin/my/signing-keys`);
    const key = field.getByTestId('signing-key');
    await key.filter({ hasText: '本浏览器' }).filter({ hasText: '有效' }).waitFor();
    assert.equal(await key.count(), 1);
    assert.match(await key.innerText(), /Ed25519[\s\S]*指纹：[0-9a-f]{4}( [0-9a-f]{4}){7}/);
    const width = await field.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= phone.width, `the keys page fits the phone: ${width}px`);
    if (process.env.SHOTS) await field.screenshot({ path: '/tmp/signing-keys-390.png', fullPage: true });
    await key.getByRole('button', { name: '停用' }).click();
    await field
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await key.filter({ hasText: '已停用' }).waitFor();
    await field.getByTestId('this-browser-key').filter({ hasText: '已停用' }).waitFor();
    await Promise.all([field.close(), leader.close(), portal.close()]);
  });
});
