// Browser test of issue 10.4 (我的签名密钥) and 10.5 (CSRF token): on the demo data, as the leader.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { queryRows } from '../../src/db/database.ts';
import { fromHex } from '../../src/domain/draw/encoding.ts';
import { SM2_DEFAULT_USER_ID } from '../../src/domain/draw/signature.ts';
import { reportSignedText } from '../../src/domain/inspection/personal-signature.ts';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { browserSkipReason, openSignedIn } from '../support/browser.ts';
import { demoBrowserWorld } from '../support/demo-browser-world.ts';
import { pdfRawText } from '../support/pdf-read.ts';

const skip = browserSkipReason(['admin']);
const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS) await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
};

/**
 * The page's width once it has re-laid out for a 375 px viewport: antd does that on a breakpoint listener after
 * the resize, so the first frame can still be the desktop layout (CI once measured 467 px). Waits ≤ 5 s; a page
 * that never fits still answers its real width.
 */
async function phoneWidth(page: Page): Promise<number> {
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= 375, undefined, { timeout: 5000 })
    .catch(() => undefined);
  return page.evaluate(() => document.documentElement.scrollWidth);
}

void describe('my signing keys and the CSRF token in a browser', { skip }, () => {
  const w = demoBrowserWorld();

  test('issue 10.4 an officer sees their keys, makes one in this browser and revokes the old one; the page fits 375 px', async () => {
    const page = await openSignedIn(w.browser, `${w.base}/my/signing-keys`, 'leader', DEMO_PASSWORD);
    const keys = page.getByTestId('signing-key');
    // The demo key (registered by the demo seed) is on the account but not in this browser.
    await keys.filter({ hasText: '演示密钥' }).filter({ hasText: '有效' }).waitFor();
    await page.getByTestId('this-browser-key').filter({ hasText: '还没有签名密钥' }).waitFor();
    assert.equal(await keys.filter({ hasText: '本浏览器' }).count(), 0);
    await shot(page, 'signing-keys-1440');

    await page.getByRole('button', { name: '生成新密钥' }).click();
    await page.locator('#signing-key-label').fill('办公室电脑 Chromium');
    await shot(page, 'signing-keys-new-1440');
    await page.locator('.ant-modal-footer').getByRole('button', { name: '生成并登记' }).click();
    const mine = keys.filter({ hasText: '办公室电脑 Chromium' });
    await mine.filter({ hasText: '本浏览器' }).filter({ hasText: '有效' }).waitFor();
    await page.getByTestId('this-browser-key').filter({ hasText: '持有一把有效' }).waitFor();

    await keys.filter({ hasText: '演示密钥' }).getByRole('button', { name: '停用' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await keys.filter({ hasText: '演示密钥' }).filter({ hasText: '已停用' }).waitFor();
    assert.equal(await keys.count(), 2);

    await page.setViewportSize({ width: 375, height: 800 });
    await mine.waitFor();
    const width = await phoneWidth(page);
    assert.ok(width <= 375, `the keys page fits a 375 px phone: ${width}px`);
    await shot(page, 'signing-keys-375');
    await page.close();
  });

  test('issue 10.4 R-N.8 R-23.1 the leader makes an 国密 SM2 key in the browser and approves a report with it; the server, OpenSSL and the pages verify it', async () => {
    const page = await openSignedIn(w.browser, `${w.base}/my/signing-keys`, 'leader', DEMO_PASSWORD);
    await page.getByRole('button', { name: '生成新密钥' }).click();
    await page.getByRole('radio', { name: /国密 SM2/ }).check();
    await page.locator('#signing-key-label').fill('国密测试 Chromium');
    await shot(page, 'signing-keys-sm2-1440');
    await page.setViewportSize({ width: 375, height: 800 });
    await shot(page, 'signing-keys-sm2-375');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.locator('.ant-modal-footer').getByRole('button', { name: '生成并登记' }).click();
    const mine = page.getByTestId('signing-key').filter({ hasText: '国密测试 Chromium' });
    await mine.filter({ hasText: '国密 SM2' }).filter({ hasText: '本浏览器' }).waitFor();
    const fingerprint = (await mine.locator('code').innerText()).trim();
    assert.match(fingerprint, /^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);

    const [awaiting] = await queryRows<{ reportId: string; recordId: string }>(
      w.database.db,
      sql`SELECT report_id AS "reportId", record_id AS "recordId" FROM inspection_reviews
          WHERE status = 'awaiting-review' ORDER BY record_id LIMIT 1`,
    );
    assert.ok(awaiting, 'the demo has reports awaiting review');
    await page.goto(`${w.base}/reports/${awaiting.reportId}`);
    const signers = page.getByTestId('officer-signers');
    await signers.getByText('本版报告尚未审核通过').waitFor();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.locator('.ant-modal-footer').getByRole('button', { name: '审核通过' }).click();
    const approver = signers.getByTestId('officer-signer').filter({ hasText: '审核人' });
    await approver.filter({ hasText: '已验证' }).filter({ hasText: '国密 SM2' }).waitFor();
    assert.ok((await approver.innerText()).includes(fingerprint), 'the approval names the key’s fingerprint');
    const submitter = signers.getByTestId('officer-signer').filter({ hasText: '提交人' });
    await submitter.filter({ hasText: '已验证' }).filter({ hasText: 'Ed25519' }).waitFor();
    await signers.scrollIntoViewIfNeeded();
    await shot(page, 'report-signers-1440');

    // The signature the browser made: SM2 over SS-REPORT-SIG-1 + digest, checked by OpenSSL too.
    const [event] = await queryRows<{
      digest: string;
      s: { scheme: string; publicKey: string; signature: string };
    }>(
      w.database.db,
      sql`SELECT data->>'approvalDigest' AS digest, data->'signature' AS s FROM audit_events
          WHERE action = 'inspection.report-approve' AND data->>'report' = ${awaiting.reportId}`,
    );
    assert.equal(event?.s.scheme, 'sm2');
    const dir = mkdtempSync(join(tmpdir(), 'ss-sm2-e2e-'));
    writeFileSync(join(dir, 'msg'), reportSignedText(event.digest));
    writeFileSync(join(dir, 'sig'), fromHex(event.s.signature)!);
    const spki = `3059301306072a8648ce3d020106082a811ccf5501822d034200${event.s.publicKey}`;
    writeFileSync(join(dir, 'pub.der'), fromHex(spki)!);
    const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, encoding: 'utf8' });
    openssl('pkey', '-pubin', '-inform', 'DER', '-in', 'pub.der', '-out', 'pub.pem');
    const verified = openssl(
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      'pub.pem',
      '-in',
      'msg',
      '-sigfile',
      'sig',
      '-rawin',
      '-digest',
      'sm3',
      '-pkeyopt',
      `distid:${SM2_DEFAULT_USER_ID}`,
    );
    assert.match(verified, /Signature Verified Successfully/);

    // The report and record PDFs name the signers with their keys' fingerprints.
    const pdfOf = async (url: string, name: string) => {
      const bytes = await page.evaluate(async (u) => {
        const res = await fetch(u);
        return [...new Uint8Array(await res.arrayBuffer())];
      }, url);
      if (process.env.SHOTS) writeFileSync(`/tmp/${name}.pdf`, Buffer.from(bytes));
      return pdfRawText(Buffer.from(bytes));
    };
    const text = await pdfOf(`/api/admin/reports/${awaiting.reportId}/report.pdf`, 'report-signers');
    assert.match(text, /审核人：分管领导 张志强[^\n]*已验证/, text);
    assert.ok(text.includes(`国密 SM2 公钥指纹 ${fingerprint}`), text);
    const recordText = await pdfOf(
      `/api/admin/inspections/${awaiting.recordId}/record.pdf`,
      'record-signers',
    );
    assert.match(recordText, /提交人：治安大队管理员 · 提交检查登记表[^\n]*已验证/, recordText);
    assert.match(recordText, /Ed25519 公钥指纹 ([0-9a-f]{4} ){7}[0-9a-f]{4}/, recordText);

    await page.setViewportSize({ width: 375, height: 800 });
    await approver.waitFor();
    const width = await phoneWidth(page);
    assert.ok(width <= 375, `the report page fits a 375 px phone: ${width}px`);
    await signers.scrollIntoViewIfNeeded();
    await shot(page, 'report-signers-375');

    await page.goto(`${w.base}/inspections/${awaiting.recordId}`);
    await page
      .getByTestId('officer-signer')
      .filter({ hasText: '提交人' })
      .filter({ hasText: '已验证' })
      .waitFor();
    assert.equal(await page.getByTestId('officer-signer').filter({ hasText: '审核人' }).count(), 1);
    await page.getByTestId('officer-signers').scrollIntoViewIfNeeded();
    await shot(page, 'record-signers-375');
    await page.setViewportSize({ width: 1440, height: 900 });
    await shot(page, 'record-signers-1440');
    await page.close();
  });

  test('issue 10.4 R-23.1 an officer who submits records and has no key is asked on the home page to make one', async () => {
    const page = await openSignedIn(w.browser, `${w.base}/my/signing-keys`, 'zhian', DEMO_PASSWORD);
    const demoKey = page.getByTestId('signing-key').filter({ hasText: '演示密钥' });
    await demoKey.getByRole('button', { name: '停用' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await demoKey.filter({ hasText: '已停用' }).waitFor();
    await page.goto(`${w.base}/`);
    const prompt = page.getByTestId('signing-key-prompt');
    await prompt.getByText('您还没有个人签名密钥').waitFor();
    await shot(page, 'home-key-prompt-1440');
    await page.setViewportSize({ width: 375, height: 800 });
    const width = await phoneWidth(page);
    assert.ok(width <= 375, `the home page with the prompt fits a 375 px phone: ${width}px`);
    await shot(page, 'home-key-prompt-375');
    await prompt.getByRole('button', { name: '生成签名密钥' }).click();
    await page.waitForURL(/\/my\/signing-keys$/);
    await page.close();
  });

  test('issue 10.4 R-23.1 a record changed in the database shows 验证失败 with the reason; a submission without a key shows 未使用个人密钥签名', async () => {
    const [changed, unsigned] = await queryRows<{ id: string }>(
      w.database.db,
      sql`SELECT object_id AS id FROM audit_events WHERE action = 'inspection.submit' ORDER BY seq LIMIT 2`,
    );
    assert.ok(changed && unsigned);
    // As an attacker with the data folder would (guards off); the second as a submission made before keys existed.
    await w.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(
        sql`UPDATE inspection_records SET checked_on = checked_on + 1 WHERE id = ${changed.id}`,
      );
      await tx.execute(sql`UPDATE audit_events SET data = jsonb_set(data, '{signature}', 'null')
                           WHERE action = 'inspection.submit' AND object_id = ${unsigned.id}`);
    });
    const page = await openSignedIn(
      w.browser,
      `${w.base}/inspections/${changed.id}`,
      'auditor',
      DEMO_PASSWORD,
    );
    const submitter = page.getByTestId('officer-signer').filter({ hasText: '提交人' });
    await submitter.filter({ hasText: '验证失败' }).getByText('当前内容与提交人签名的内容不符').waitFor();
    await page.getByTestId('officer-signers').scrollIntoViewIfNeeded();
    await shot(page, 'record-signers-failed-1440');
    await page.goto(`${w.base}/inspections/${unsigned.id}`);
    await submitter.filter({ hasText: '未签名' }).getByText('未使用个人密钥签名').waitFor();
    assert.equal(await submitter.getByText('公钥指纹').count(), 0);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('officer-signers').scrollIntoViewIfNeeded();
    await shot(page, 'record-signers-unsigned-375');
    await page.close();
  });

  test('issue 10.5 the app sends the CSRF token; a write from a script without it is refused (403)', async () => {
    const page = await openSignedIn(w.browser, `${w.base}/`, 'zhian', DEMO_PASSWORD);
    const cookie = await page.evaluate(() => document.cookie);
    assert.match(cookie, /ss_csrf=/, 'the token cookie is readable by the app');
    assert.doesNotMatch(cookie, /ss_session=/, 'the session cookie is not');
    // A script, not a function: the test's TypeScript helpers do not exist in the page.
    const answers = await page.evaluate<{ without: [number, string]; withToken: number }>(`(async () => {
      const url = '/api/admin/signing-keys/00000000-0000-4000-8000-000000000000/revoke';
      const token = decodeURIComponent(/ss_csrf=([^;]+)/.exec(document.cookie)[1]);
      const without = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' } });
      const withToken = await fetch(url, { method: 'POST', headers: { 'x-csrf-token': token } });
      return { without: [without.status, (await without.json()).error.code], withToken: withToken.status };
    })()`);
    assert.deepEqual(answers.without, [403, 'csrf-token-invalid']);
    assert.equal(answers.withToken, 404, 'past the token check: no such key');
    await page.close();
  });
});
