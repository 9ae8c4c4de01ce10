// Browser test (issue 11.3, 11.4): the officer clicks a PDF button or an export and gets the right file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { browserSkipReason, openSignedIn } from '../support/browser.ts';
import { demoBrowserWorld } from '../support/demo-browser-world.ts';
import { pdfRawText } from '../support/pdf-read.ts';

const skip = browserSkipReason(['admin']);

interface Teams {
  readonly teams: readonly { readonly entity: string }[];
}

interface ResultRow {
  readonly reportId: string;
  readonly entity: { readonly name: string; readonly publicId: string };
  readonly resultLabel: string | null;
}

/** Clicks, waits for the download the click starts, and returns its name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

void describe('documents and exports from the officers’ app (issue 11.3, 11.4)', { skip }, () => {
  const w = demoBrowserWorld();
  const signIn = (path: string) => openSignedIn(w.browser, `${w.base}${path}`, 'leader', DEMO_PASSWORD);
  const json = async <T>(page: Page, url: string): Promise<T> => {
    const res = await page.request.get(`${w.base.replace(/\/admin$/, '')}${url}`);
    assert.equal(res.status(), 200, url);
    return (await res.json()) as T;
  };

  test('R-24.1 issue 11.3 下载报告PDF on a report page gives the report as a PDF in Chinese', async () => {
    const page = await signIn('/reports');
    const { rows } = await json<{ rows: ResultRow[] }>(page, '/api/admin/reports?status=published');
    const row = rows[0]!;
    await page.goto(`${w.base}/reports/${row.reportId}`);
    const file = await downloaded(page, () => page.getByRole('button', { name: '下载报告PDF' }).click());
    assert.equal(file.name, `检查结果报告-${row.entity.name}.pdf`);
    assert.equal(file.body.subarray(0, 5).toString(), '%PDF-');
    const text = pdfRawText(file.body).replace(/\s/g, '');
    for (const want of ['“双随机”抽查检查结果报告', row.entity.name, row.entity.publicId, row.resultLabel!])
      assert.ok(text.includes(want.replace(/\s/g, '')), want);
    await page.close();
  });

  test('R-17.1 issue 11.3 下载计划PDF on the plan page gives the annual plan', async () => {
    const page = await signIn('/plans');
    const { plans } = await json<{ plans: { id: string; code: string; name: string; year: number }[] }>(
      page,
      '/api/admin/plans?status=approved',
    );
    const plan = plans.find((p) => p.code === 'LH-ZA-2026-1') ?? plans[0]!;
    await page.goto(`${w.base}/plans/${plan.id}`);
    const file = await downloaded(page, () => page.getByRole('button', { name: '下载计划PDF' }).click());
    assert.equal(file.name, `年度抽查计划-${plan.code}.pdf`);
    const text = pdfRawText(file.body).replace(/\s/g, '');
    for (const want of [
      `${plan.year}年度“双随机”抽查工作计划`,
      plan.code,
      plan.name.replace(/\s/g, ''),
      '已批准',
    ])
      assert.ok(text.includes(want), want);
    await page.close();
  });

  test('R-21.2 R-22.1 issue 11.3 the draw record, a 检查通知书 and an inspection record download as PDFs in Chinese', async () => {
    const page = await signIn('/draws');
    const { draws } = await json<{ draws: { id: string; drawId: string }[] }>(
      page,
      '/api/admin/draws?status=confirmed',
    );
    const draw = draws[0]!;
    await page.goto(`${w.base}/draws/${draw.id}/record`);
    const record = await downloaded(page, () => page.getByRole('button', { name: '下载PDF' }).click());
    assert.equal(record.body.subarray(0, 5).toString(), '%PDF-');
    const recordText = pdfRawText(record.body).replace(/\s/g, '');
    for (const want of ['抽取记录表', draw.drawId]) assert.ok(recordText.includes(want), want);

    // The notice of an entity the draw currently selects (one replaced after confirmation gets none).
    const detail = await json<{ draw: { current: Teams | null; result: Teams | null } }>(
      page,
      `/api/admin/draws/${draw.id}`,
    );
    // An entity that came in by a replacement when there is one: the record lists it after the drawn teams.
    const current = (detail.draw.current ?? detail.draw.result)!.teams;
    const drawn = new Set(detail.draw.result!.teams.map((team) => team.entity));
    const entity = (current.find((team) => !drawn.has(team.entity)) ?? current[0]!).entity;
    const notice = await downloaded(page, () =>
      page
        .locator('tr', { hasText: entity })
        .locator('button')
        .filter({ hasText: /^\s*下载\s*$/ })
        .click(),
    );
    assert.equal(notice.body.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdfRawText(notice.body).replace(/\s/g, '').includes('检查通知书'), notice.name);

    // on a 375 px phone the record keeps the screen's width: its wide tables (the demo's long names and
    // stratum lists made the page 657 px wide) scroll inside their cards. Measured once antd has re-laid out.
    await page.setViewportSize({ width: 375, height: 740 });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const fitsPhone = async (what: string) => {
      await page
        .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, {
          timeout: 5_000,
        })
        .catch(() => undefined);
      assert.ok((await pageWidth()) <= 375, `${what} is ${await pageWidth()} px wide on a 375 px phone`);
    };
    await fitsPhone('the record');
    // So does the ceremony screen, once every stratum is shown: its 参与人 table scrolls in its card and a
    // reserve's tag (name, credit code, 已递补) wraps (the page was 552 px wide).
    await page.goto(`${w.base}/draws/${draw.id}`);
    await page.locator('.stratum-card .selected-entity').first().waitFor();
    await page
      .getByText(/正在逐层公布结果/)
      .waitFor({ state: 'detached', timeout: 20_000 })
      .catch(() => undefined);
    await fitsPhone('the ceremony screen');
    await page.setViewportSize({ width: 1440, height: 900 });

    const { rows } = await json<{ rows: { id: string; entity: { name: string; publicId: string } }[] }>(
      page,
      '/api/admin/inspections?status=submitted&pageSize=5',
    );
    const inspection = rows[0]!;
    await page.goto(`${w.base}/inspections/${inspection.id}`);
    const form = await downloaded(page, () => page.getByRole('button', { name: '下载PDF' }).click());
    const formText = pdfRawText(form.body).replace(/\s/g, '');
    for (const want of ['检查登记表', inspection.entity.name, inspection.entity.publicId])
      assert.ok(formText.includes(want), want);
    await page.close();
  });

  test('R-26.3 issue 11.4 导出 on the results list, filtered by result: XLSX and CSV hold exactly the filtered rows', async () => {
    const all = await (async () => {
      const page = await signIn('/reports');
      const r = await json<{ total: number; rows: ResultRow[] }>(page, '/api/admin/reports?pageSize=100');
      await page.close();
      return r;
    })();
    const code = 'no-problem';
    const page = await signIn(`/reports?resultCode=${code}`);
    const filtered = await json<{ total: number; rows: ResultRow[] }>(
      page,
      `/api/admin/reports?resultCode=${code}&pageSize=100`,
    );
    assert.ok(filtered.total > 0 && filtered.total < all.total, `${filtered.total} of ${all.total}`);
    await page.getByRole('button', { name: /导出/ }).hover();
    const xlsx = await downloaded(page, () => page.getByRole('menuitem', { name: /^Excel/ }).click());
    assert.match(xlsx.name, /\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    assert.equal(sheet.getRow(1).getCell(1).text, '检查对象');
    assert.equal(sheet.rowCount - 1, filtered.total, 'one row per filtered result, no other');
    const codes = new Set<string>();
    for (let i = 2; i <= sheet.rowCount; i++) codes.add(sheet.getRow(i).getCell(2).text);
    assert.deepEqual([...codes].sort(), [...new Set(filtered.rows.map((r) => r.entity.publicId))].sort());

    await page.getByRole('button', { name: /导出/ }).hover();
    const csv = await downloaded(page, () => page.getByRole('menuitem', { name: /^CSV/ }).click());
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const lines = csv.body.subarray(3).toString('utf8').trimEnd().split('\r\n');
    assert.match(lines[0]!, /^检查对象,统一社会信用代码,/);
    assert.equal(lines.length - 1, filtered.total);
    for (const r of filtered.rows)
      assert.ok(
        lines.some((l) => l.includes(r.entity.publicId)),
        r.entity.name,
      );
    await page.close();
  });
});
