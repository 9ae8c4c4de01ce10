// Browser test of issue 10.4 (我的签名密钥) and 10.5 (CSRF token): on the demo data, as the leader.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { browserSkipReason, openSignedIn } from '../support/browser.ts';
import { demoBrowserWorld } from '../support/demo-browser-world.ts';

const skip = browserSkipReason(['admin']);
const shot = async (page: Page, name: string) => {
  if (process.env.SHOTS) await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
};

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
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the keys page fits a 375 px phone: ${width}px`);
    await shot(page, 'signing-keys-375');
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
