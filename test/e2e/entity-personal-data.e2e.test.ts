// Browser test (issue 10.7): an entity's ID number and phone are shown masked; the eye button shows the full
// numbers only after the officer confirms that the view is recorded, and the audit log holds the view.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/database.ts';
import { openEntityFields } from '../../src/domain/privacy/entity-seal.ts';
import { dataKeys } from '../../src/services/personal-data/data-keys.ts';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { browserSkipReason, openSignedIn } from '../support/browser.ts';
import { demoBrowserWorld } from '../support/demo-browser-world.ts';

const skip = browserSkipReason(['admin']);

interface PersonRow {
  readonly id: string;
  readonly unitId: string;
  readonly kind: 'person';
  readonly code: string;
  readonly idNumberEnc: string;
  readonly contactPhoneEnc: string;
  readonly idNumberMasked: string;
  readonly contactPhoneMasked: string;
}

void describe('R-N.10 issue 10.7 full numbers in the officers’ app', { skip }, () => {
  const w = demoBrowserWorld();

  test('R-N.10 issue 10.7 the entity page shows masked numbers; 查看完整号码 asks, then shows them and the view is audited', async () => {
    const [person] = await queryRows<PersonRow>(
      w.database.db,
      sql`SELECT id, unit_id AS "unitId", kind, code, id_number_enc AS "idNumberEnc",
        contact_phone_enc AS "contactPhoneEnc", id_number_masked AS "idNumberMasked",
        contact_phone_masked AS "contactPhoneMasked"
      FROM entities WHERE kind = 'person' AND contact_phone_enc IS NOT NULL ORDER BY name LIMIT 1`,
    );
    assert.ok(person);
    const full = openEntityFields(dataKeys(), person);
    const page = await openSignedIn(w.browser, `${w.base}/entities/${person.id}`, 'zhian', DEMO_PASSWORD);
    await page.getByText(person.idNumberMasked).first().waitFor();
    await page.getByText(person.contactPhoneMasked).first().waitFor();
    assert.equal(await page.getByText(full.idNumber!).count(), 0, 'the full ID number is not on the page');
    await page.screenshot({ path: '/tmp/h1-entity-1440.png', fullPage: true });

    await page.getByRole('button', { name: '查看完整号码' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('记入防篡改操作日志').first().waitFor();
    await dialog.getByRole('textbox').fill('电话通知检查时间');
    await page.screenshot({ path: '/tmp/h1-entity-confirm-1440.png' });
    await dialog.getByRole('button', { name: '查看并留痕' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(full.idNumber!).first().waitFor();
    await page.getByText(full.contactPhone!).first().waitFor();
    // The view is in the entity's history at once.
    await page.getByText('查看完整身份证号/联系电话').first().waitFor();
    await page.screenshot({ path: '/tmp/h1-entity-revealed-1440.png', fullPage: true });

    const events = await queryRows<{ data: { fields: string[]; reason: string } }>(
      w.database.db,
      sql`SELECT data FROM audit_events WHERE action = 'entity.personal-data-viewed' AND object_id = ${person.id}`,
    );
    assert.deepEqual(
      events.map((e) => [e.data.fields, e.data.reason]),
      [[['idNumber', 'contactPhone'], '电话通知检查时间']],
    );

    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('button', { name: '隐藏完整号码' }).first().click();
    await page.getByText(person.idNumberMasked).first().waitFor();
    await page.screenshot({ path: '/tmp/h1-entity-375.png', fullPage: true });
    await page.close();
  });

  test('R-N.10 issue 10.7 the drawer sees masked numbers and no eye button', async () => {
    const [person] = await queryRows<{ id: string; masked: string }>(
      w.database.db,
      sql`SELECT id, id_number_masked AS masked FROM entities WHERE kind = 'person' ORDER BY name LIMIT 1`,
    );
    const page = await openSignedIn(w.browser, `${w.base}/entities/${person!.id}`, 'drawer', DEMO_PASSWORD);
    await page.getByText(person!.masked).first().waitFor();
    assert.equal(await page.getByRole('button', { name: '查看完整号码' }).count(), 0);
    await page.goto(`${w.base}/entities`);
    await page.getByRole('columnheader', { name: '联系电话' }).waitFor();
    await page.screenshot({ path: '/tmp/h1-entities-list-1440.png' });
    await page.close();
  });
});
