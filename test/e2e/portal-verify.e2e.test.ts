// Browser test of 核验本次抽取 on the public portal: the demo draw's public view, a tampered view,
// the full bundle an auditor downloads, and files that are not draws (issue 9).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/services/demo.service.ts';
import { browserSkipReason, launchChromium, listenOnLoopback } from '../support/browser.ts';
import { freshDatabase } from '../support/databases.ts';
import { loginCookie, testApp } from '../support/server.ts';
import { drawService } from '../../src/services/draw.service.ts';
import { ceremonyService } from '../../src/services/ceremony.service.ts';
import { planService } from '../../src/services/plan.service.ts';
import { taskService } from '../../src/services/task.service.ts';
import { makeDrawWorld, planInput, userActor, witnessSecret } from '../support/draw-fixture.ts';

const skip = browserSkipReason(['portal']);
const scratch = mkdtempSync(join(tmpdir(), 'portal-verify-'));

void describe('核验本次抽取 in the visitor’s browser', { skip }, () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let drawId: string;

  before(async () => {
    database = await freshDatabase('pglite');
    await seedDemoIfEmpty(database);
    app = await testApp(database);
    base = await listenOnLoopback(app);
    browser = await launchChromium();
    const list = await app.inject({ url: '/api/public/draws' });
    const confirmed = list.json<{ draws: { drawId: string; status: string }[] }>().draws;
    drawId = confirmed.find((d) => d.status === 'confirmed')!.drawId;
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function drawPage(width = 1440): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${base}/#/draws/${encodeURIComponent(drawId)}`);
    await page.getByText('抽取前公告').waitFor();
    return page;
  }

  function file(name: string, content: string): string {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  }

  /** Drops a file on the page and returns the verdict shown for it (not the one before). */
  async function drop(page: Page, path: string): Promise<string> {
    await page.locator('.verify-drop input[type=file]').setInputFiles(path);
    const name = path.split('/').pop()!;
    const result = page.locator('.verify-result', { hasText: name });
    return result.locator('.verify-verdict').innerText({ timeout: 60_000 });
  }

  const marks = (page: Page) =>
    page
      .locator('.check-row')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-check'), r.getAttribute('data-passed')]));

  test('R-N.6 the draw list links each draw; its page shows the announcement and every check of 核验 passes', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base}/#/draws`);
    await page.locator('.draw-card', { hasText: '已确认' }).getByText('查看并核验本次抽取').click();
    await page.getByText('抽取前公告').waitFor();
    assert.equal(await page.getByRole('button', { name: /下载结果包/ }).count(), 0);
    for (const text of ['对象名录摘要', '分层摘要', '见证人：承诺与揭示', '随机种子', '签名确认', '递补次数'])
      await page.getByText(text, { exact: false }).first().waitFor();
    await page.getByRole('button', { name: /核验本次抽取/ }).click();
    const verdict = await page.locator('.verify-verdict').innerText({ timeout: 30_000 });
    assert.match(verdict, /核验通过：本次抽取的随机数由全部见证人共同决定，公布的抽中名单与签名确认的一致/);
    const checks = await marks(page);
    assert.equal(checks.length, 15);
    assert.ok(
      checks.every(([, passed]) => passed === 'true'),
      JSON.stringify(checks),
    );
    await page.getByText('公开视图不能核验的内容').waitFor();
    await page.getByText(/凭完整数据包（含各层盐值）核验/).waitFor();
    await page.close();
  });

  test('R-20.2 issue 10.4 核验 checks each signer’s own signature against the statement rebuilt from the view; an altered one fails', async () => {
    const page = await drawPage();
    await page.getByRole('button', { name: /核验本次抽取/ }).click();
    await page.locator('.verify-verdict').waitFor({ timeout: 30_000 });
    const signers = () =>
      page.locator('.signer-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ok')));
    assert.equal(await page.locator('.check-row[data-check=signatures][data-passed=true]').count(), 1);
    assert.deepEqual(
      await signers(),
      ['true', 'true', 'true', 'true', 'true'],
      'platform record + 4 signers',
    );
    await page.locator('.verify-result').screenshot({ path: '/tmp/portal-signatures-desktop.png' });
    await page.close();
    // The same page with one byte of the supervisor's signature changed in the served list.
    const altered = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await altered.route(`**/api/public/draws/${encodeURIComponent(drawId)}`, async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as {
        draw: { signatures: { role: string; signature: string | null }[] };
      };
      const sig = body.draw.signatures.find((x) => x.role === '监督人')!;
      sig.signature = `${sig.signature!.slice(0, 6)}${sig.signature![6] === 'f' ? 'e' : 'f'}${sig.signature!.slice(7)}`;
      await route.fulfill({ response: res, json: body });
    });
    await altered.goto(`${base}/#/draws/${encodeURIComponent(drawId)}`);
    await altered.getByRole('button', { name: /核验本次抽取/ }).click();
    const verdict = await altered.locator('.verify-verdict').innerText({ timeout: 30_000 });
    assert.doesNotMatch(verdict, /核验通过/);
    assert.equal(await altered.locator('.check-row[data-check=signatures][data-passed=false]').count(), 1);
    const bad = altered.locator('.signer-row[data-ok=false]');
    assert.equal(await bad.count(), 1);
    assert.match(await bad.innerText(), /监督人.*签名无效/s);
    await altered.locator('.verify-result').screenshot({ path: '/tmp/portal-signatures-phone.png' });
    await altered.close();
  });

  test('R-N.6 a dropped view with one selected id changed fails its named checks; nothing is uploaded', async () => {
    const page = await drawPage();
    const served = (await app.inject({ url: `/api/public/draws/${drawId}/view` })).json<{
      selected: string[];
    }>();
    const id = served.selected[0]!;
    served.selected[0] = id.slice(0, -1) + (id.endsWith('0') ? '1' : '0');
    const uploads: string[] = [];
    page.on('request', (r) => r.method() !== 'GET' && uploads.push(r.url()));
    const verdict = await drop(page, file('tampered.public.json', JSON.stringify(served)));
    assert.match(verdict, /核验未通过：.*分层表、抽中名单和检查组与公布的公开部分摘要一致/);
    const failed = (await marks(page)).filter(([, p]) => p === 'false').map(([c]) => c);
    assert.deepStrictEqual(failed, ['public-digest', 'teams']);
    assert.deepStrictEqual(uploads, []);
    await page.getByText('文件只在您的浏览器中核验，不会上传到任何服务器').waitFor();
    await page.close();
  });

  test('R-N.6 the full bundle an auditor downloads recomputes in the browser and rebuilds the served view', async () => {
    const cookie = await loginCookie(app, 'auditor', DEMO_PASSWORD);
    const draws = (await app.inject({ url: '/api/admin/draws', headers: { cookie } })).json<{
      draws: { id: string; drawId: string }[];
    }>().draws;
    const { id } = draws.find((d) => d.drawId === drawId)!;
    const bundle = await app.inject({ url: `/api/admin/draws/${id}/bundle`, headers: { cookie } });
    assert.equal(bundle.statusCode, 200);
    const page = await drawPage();
    const verdict = await drop(page, file('demo.bundle.json', bundle.body));
    assert.match(verdict, /完整核验通过：.*由它重算的公开视图与本页公布的一致.*签名确认的正是这个结果/);
    const checks = await marks(page);
    assert.ok(checks.length >= 9 && checks.every(([, p]) => p === 'true'), JSON.stringify(checks));
    assert.ok(checks.some(([c]) => c === 'view'));
    await page.close();
  });

  test('R-N.6 a truncated file, another JSON file and a bundle of an unknown version fail a named check; an unknown draw is said to be not (yet) public', async () => {
    const page = await drawPage(375);
    const view = (await app.inject({ url: `/api/public/draws/${drawId}/view` })).body;
    const cases: [string, string, RegExp][] = [
      ['truncated.json', view.slice(0, view.length / 2), /文件可以读取[\s\S]*不是完整的 JSON 文件/],
      ['other.json', '{"name":"张三"}', /无法识别的文件/],
      ['future.json', '{"version":"RDRAW-9"}', /version 为 "RDRAW-9"/],
    ];
    for (const [name, content, detail] of cases) {
      assert.match(await drop(page, file(name, content)), /核验未通过/);
      assert.match(await page.locator('.check-row[data-passed=false]').innerText(), detail);
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the draw page is ${width} px wide on a 375 px phone`);
    await page.goto(`${base}/#/draws/NO-SUCH-DRAW`);
    await page.getByText('没有找到抽取 NO-SUCH-DRAW：编号可能有误，或这次抽取尚未公告').waitFor();
    await page.close();
  });

  test('R-N.6 核验文件 checks a public view with no draw page, and says the signatures were not checked', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/#/verify`);
    const view = (await app.inject({ url: `/api/public/draws/${drawId}/view` })).body;
    const verdict = await drop(page, file('view.public.json', view));
    assert.match(verdict, /核验通过.*未核对签名/);
    assert.equal(await page.locator('.check-row[data-check=signatures][data-passed=null]').count(), 1);
    await page.getByRole('link', { name: '抽取算法' }).first().click();
    await page.getByText('抽取算法（RDRAW-2）').waitFor();
    await page.close();
  });

  test('R-N.6 a draw announced but not yet revealed shows its commitments at once, and offers only the file check', async () => {
    const db = database.db;
    const w = await makeDrawWorld(database, '9');
    const drawer = userActor(w.users.drawer, w.org.zhian);
    const supervisor = userActor(w.users.supervisor, w.org.district);
    const admin = userActor(w.users.admin, w.org.zhian, ['department-admin']);
    const plan = await planService.create(db, admin, planInput(w, { name: '核验页面测试计划' }));
    await planService.approve(db, userActor(w.users.leader, w.org.district), plan.id);
    const task = await taskService.create(db, userActor(w.users.drawer, w.org.zhian, ['drawer']), {
      planId: plan.id,
      round: 1,
      drawDate: '2026-03-16',
    });
    const { draw } = await drawService.announce(db, drawer, task.id, {
      supervisorUserId: w.users.supervisor.id,
      witnesses: [{ kind: 'media', name: '记者', userId: w.users.media.id }],
    });
    const secret = witnessSecret(draw.suite, draw.drawId, 'supervisor');
    await ceremonyService.commit(db, supervisor, draw.id, 'supervisor', secret.commit);
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base}/#/draws/${encodeURIComponent(draw.drawId)}`);
    await page.getByText('抽取前公告').waitFor();
    await page.locator('.hex', { hasText: secret.commit }).waitFor();
    assert.ok((await page.getByText('尚未揭示').count()) >= 2);
    await page.getByText('全部揭示后计算').waitFor();
    await page.getByText(/抽取确认后才能核验公开视图/).waitFor();
    assert.equal(await page.getByRole('button', { name: /核验本次抽取/ }).count(), 0);
    assert.equal(await page.getByText('各分组的抽取数').count(), 0);
    await page.close();
  });
});
