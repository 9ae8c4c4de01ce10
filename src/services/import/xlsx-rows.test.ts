// XLSX files as writers other than Excel and exceljs make them (WPS, .NET's Open XML SDK, Java and PHP
// libraries, old Mac Excel), built part by part so that each variation is the only one in its file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { Readable } from 'node:stream';
import { readSpreadsheet, SpreadsheetError } from './spreadsheet-reader.ts';
import { readSharedStrings } from './xlsx-xml.ts';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-rows-'));
let files = 0;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const rels = (...list: [id: string, type: string, target: string][]) =>
  xml(
    `<Relationships xmlns="${PKG}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`).join('')}</Relationships>`,
  );
const workbook = (sheets: string, extra = '') =>
  xml(`<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra}<sheets>${sheets}</sheets></workbook>`);
const inline = (v: string) => `t="inlineStr"><is><t>${v}</t></is></c>`;
/** A worksheet of inline strings with references, the way most libraries write it. */
const sheet = (rows: string[][]) =>
  xml(
    `<worksheet xmlns="${MAIN}"><sheetData>${rows
      .map(
        (r, i) =>
          `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" ${inline(v)}`).join('')}</row>`,
      )
      .join('')}</sheetData></worksheet>`,
  );
const HEADER = ['名称', '统一社会信用代码'];
const ROW = ['临河区宾馆', '91150802MA0Q000000'];
const EXPECTED = [{ row: 2, 名称: '临河区宾馆', 统一社会信用代码: '91150802MA0Q000000' }];

/** The smallest complete workbook; `parts` replaces or adds parts (undefined removes one). */
function parts(over: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    '[Content_Types].xml': xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    ),
    '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
    'xl/workbook.xml': workbook('<sheet name="名录" sheetId="1" r:id="rId1"/>'),
    'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/sheet1.xml']),
    'xl/worksheets/sheet1.xml': sheet([HEADER, ROW]),
    ...over,
  };
}

async function xlsx(
  content: Record<string, string | undefined>,
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
) {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(content)) if (text !== undefined) zip.file(name, text);
  const path = join(dir, `w${++files}.xlsx`);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression }));
  return path;
}

async function read(path: string) {
  const rows: Record<string, unknown>[] = [];
  for await (const r of readSpreadsheet(path)) rows.push({ row: r.row, ...r.values });
  return rows;
}

void test('R-14.1 the smallest workbook: inline strings, no shared strings, no styles, stored without compression', async () => {
  assert.deepEqual(await read(await xlsx(parts(), 'STORE')), EXPECTED);
});

void test('R-14.1 parts are found by their relationships, as Excel finds them, whatever their names', async () => {
  const sst = xml(
    `<sst xmlns="${MAIN}" count="4" uniqueCount="4">${[...HEADER, ...ROW].map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  );
  const shared = xml(
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>`,
  );
  const variants = {
    // A workbook part of another name, shared strings capitalised, a worksheet not called sheetN.
    renamed: parts({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook2.xml']),
      'xl/workbook.xml': undefined,
      'xl/_rels/workbook.xml.rels': undefined,
      'xl/workbook2.xml': workbook('<sheet name="名录" sheetId="1" r:id="rId1"/>'),
      'xl/_rels/workbook2.xml.rels': rels(
        ['rId1', 'worksheet', 'worksheets/data.xml'],
        ['rId2', 'sharedStrings', 'SharedStrings.xml'],
      ),
      'xl/worksheets/sheet1.xml': undefined,
      'xl/worksheets/data.xml': shared,
      'xl/SharedStrings.xml': sst,
    }),
    // Targets from the package root.
    absolute: parts({
      '_rels/.rels': rels(['rId1', 'officeDocument', '/xl/workbook.xml']),
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', '/xl/worksheets/sheet1.xml']),
    }),
    // Zip entry names with Windows separators.
    backslashes: Object.fromEntries(Object.entries(parts()).map(([k, v]) => [k.replaceAll('/', '\\'), v])),
    // ISO/IEC 29500 Strict: other namespaces and relationship types.
    strict: Object.fromEntries(
      Object.entries(parts()).map(([k, v]) => [
        k,
        v
          ?.replaceAll(`${REL}/`, 'http://purl.oclc.org/ooxml/officeDocument/relationships/')
          .replaceAll(REL, 'http://purl.oclc.org/ooxml/officeDocument/relationships')
          .replaceAll(MAIN, 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
      ]),
    ),
  };
  for (const [name, content] of Object.entries(variants))
    assert.deepEqual(await read(await xlsx(content)), EXPECTED, name);
});

void test('R-14.1 .NET Open XML SDK output: every element with a namespace prefix (x:row, x:c)', async () => {
  const prefix = (text: string, names: string) =>
    text
      .replace(new RegExp(`<(/?)(${names})([ >/])`, 'g'), '<$1x:$2$3')
      .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`);
  const content = parts({
    'xl/workbook.xml': prefix(
      workbook('<sheet name="名录" sheetId="1" r:id="rId1"/>'),
      'workbook|sheets|sheet',
    ),
    'xl/worksheets/sheet1.xml': prefix(sheet([HEADER, ROW]), 'worksheet|sheetData|row|c|is|t'),
  });
  assert.deepEqual(await read(await xlsx(content)), EXPECTED);
});

void test('R-14.1 rows and cells without references (optional in the format) follow the previous one', async () => {
  const cells = (r: string[]) => r.map((v) => `<c ${inline(v)}`).join('');
  const body = `<row>${cells(HEADER)}</row><row>${cells(ROW)}</row><row r="5"><c r="B5" ${inline('91150802MA0Q000001')}<c ${inline('备注')}</row>`;
  const content = parts({
    'xl/worksheets/sheet1.xml': xml(`<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`),
  });
  assert.deepEqual(await read(await xlsx(content)), [
    ...EXPECTED,
    { row: 5, 名称: '', 统一社会信用代码: '91150802MA0Q000001' },
  ]);
});

void test('R-14.1 the worksheet read is the first one an officer sees: hidden sheets and chart sheets are passed over', async () => {
  const content = parts({
    'xl/workbook.xml': workbook(
      '<sheet name="图表" sheetId="1" r:id="rId1"/><sheet name="填表说明" sheetId="2" state="hidden" r:id="rId2"/><sheet name="名录" sheetId="3" r:id="rId3"/><sheet name="备用" sheetId="4" r:id="rId4"/>',
    ),
    'xl/_rels/workbook.xml.rels': rels(
      ['rId1', 'chartsheet', 'chartsheets/sheet1.xml'],
      ['rId2', 'worksheet', 'worksheets/sheet1.xml'],
      ['rId3', 'worksheet', 'worksheets/sheet3.xml'],
      ['rId4', 'worksheet', 'worksheets/sheet2.xml'],
    ),
    'xl/chartsheets/sheet1.xml': xml(`<chartsheet xmlns="${MAIN}"/>`),
    'xl/worksheets/sheet1.xml': sheet([
      ['说明', '请勿修改'],
      ['第一列', '名称'],
    ]),
    'xl/worksheets/sheet2.xml': sheet([
      ['备用', '列'],
      ['x', 'y'],
    ]),
    'xl/worksheets/sheet3.xml': sheet([HEADER, ROW]),
  });
  assert.deepEqual(await read(await xlsx(content)), EXPECTED);
});

void test('R-14.1 number cells as shown: an 18-digit number as Excel shows it, built-in and Chinese date formats, the 1904 date system, ISO dates, booleans, errors, phonetic guides', async () => {
  const styles = xml(
    `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="49"/></cellXfs></styleSheet>`,
  );
  const sst = xml(
    `<sst xmlns="${MAIN}"><si><r><t>临河</t></r><r><t>宾馆</t></r><rPh sb="0" eb="2"><t>リンガ</t></rPh></si></sst>`,
  );
  const c = (ref: string, attrs: string, v: string) => `<c r="${ref}" ${attrs}><v>${v}</v></c>`;
  const header = ['名称', '内置日期', '中文日期', '自定义日期', '数字', 'ISO', '布尔', '错误', '身份证号'];
  const body =
    `<row r="1">${header.map((h, i) => `<c r="${String.fromCharCode(65 + i)}1" ${inline(h)}`).join('')}</row>` +
    `<row r="2">${c('A2', 't="s"', '0')}${c('B2', 's="1"', '46387')}${c('C2', 's="2"', '46387.75')}${c('D2', 's="3"', '46387')}${c('E2', 's="0"', '1.50802E+5')}${c('F2', 't="d"', '2026-12-31T00:00:00Z')}${c('G2', 't="b"', '1')}${c('H2', 't="e"', '#N/A')}${c('I2', '', '1.50102199001011E+17')}</row>`;
  const rows = (extra = '') =>
    parts({
      'xl/workbook.xml': workbook('<sheet name="名录" sheetId="1" r:id="rId1"/>', extra),
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
        ['rId3', 'sharedStrings', 'sharedStrings.xml'],
      ),
      'xl/styles.xml': styles,
      'xl/sharedStrings.xml': sst,
      'xl/worksheets/sheet1.xml': xml(
        `<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`,
      ),
    });
  const expected = {
    row: 2,
    名称: '临河宾馆',
    内置日期: '2026-12-31',
    中文日期: '2026-12-31',
    自定义日期: '2026-12-31',
    数字: '150802',
    ISO: '2026-12-31',
    布尔: 'TRUE',
    错误: '',
    身份证号: '1.50102199001011E+17', // typed into a number cell: Excel kept 15 digits, the row check names it
  };
  assert.deepEqual(await read(await xlsx(rows())), [expected]);
  // Old Mac Excel counts from 1904: the same serial is four years and a day later.
  const mac = await read(await xlsx(rows('<workbookPr date1904="1"/>')));
  assert.deepEqual(mac, [
    { ...expected, 内置日期: '2031-01-01', 中文日期: '2031-01-01', 自定义日期: '2031-01-01' },
  ]);
});

async function refusal(path: string): Promise<SpreadsheetError> {
  const error = await read(path).then(
    () => assert.fail('read'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof SpreadsheetError, String(error));
  assert.match(error.message, /[\u4e00-\u9fa5]/);
  // A part stream left open would open the removed temporary file later and end the process (ENOENT).
  await new Promise((resolve) => setTimeout(resolve, 50));
  return error;
}

void test('R-14.1 broken XML, an entity expansion (billion laughs) and a sheet past Excel’s last column are refused as bad-xlsx, nothing left open', async () => {
  const laughs = xml(
    `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst xmlns="${MAIN}"><si><t>&lol2;</t></si></sst>`,
  );
  const cases = {
    truncatedWorkbook: parts({
      'xl/workbook.xml': workbook('<sheet name="名录" sheetId="1" r:id="rId1"/>').slice(0, 120),
    }),
    truncatedSheet: parts({ 'xl/worksheets/sheet1.xml': sheet([HEADER, ROW]).slice(0, -30) }),
    entities: parts({
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'sharedStrings', 'sharedStrings.xml'],
      ),
      'xl/sharedStrings.xml': laughs,
    }),
    farColumn: parts({ 'xl/worksheets/sheet1.xml': sheet([HEADER, ROW]).replace('r="B2"', 'r="ZZZZ2"') }),
  };
  for (const [name, content] of Object.entries(cases))
    assert.equal((await refusal(await xlsx(content))).code, 'bad-xlsx', name);
});

void test('R-14.1 a workbook without worksheets, or whose workbook part is missing, says so', async () => {
  const none = parts({ 'xl/workbook.xml': workbook(''), 'xl/worksheets/sheet1.xml': undefined });
  assert.equal((await refusal(await xlsx(none))).code, 'not-a-spreadsheet');
  const noWorkbook = parts({ 'xl/workbook.xml': undefined });
  assert.equal((await refusal(await xlsx(noWorkbook))).code, 'not-a-spreadsheet');
});

void test('R-14.1 shared strings past the limit are refused by name before they fill the memory (a small zip inflates to gigabytes)', async () => {
  const sst = `<sst xmlns="${MAIN}">${'<si><t>临河区新华宾馆</t></si>'.repeat(3)}</sst>`;
  assert.deepEqual(await readSharedStrings(Readable.from([sst]), 21), Array(3).fill('临河区新华宾馆'));
  await assert.rejects(readSharedStrings(Readable.from([sst]), 20), (e: unknown) => {
    assert.ok(e instanceof SpreadsheetError);
    assert.equal(e.code, 'bad-xlsx');
    assert.match(e.message, /拆分为多个文件/);
    return true;
  });
});
