import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childRegions, isRegionCode, regionName, regionPath } from './region.ts';

void test('R-13.4 looks up 150802 临河区 and its path', () => {
  assert.equal(isRegionCode('150802'), true);
  assert.equal(regionName('150802'), '临河区');
  assert.deepEqual(
    regionPath('150802').map((r) => r.name),
    ['内蒙古自治区', '巴彦淖尔市', '临河区'],
  );
  assert.deepEqual(
    regionPath('150802').map((r) => r.level),
    ['province', 'city', 'county'],
  );
});

void test('R-13.4 knows province and city codes, not invented ones', () => {
  assert.equal(regionName('150000'), '内蒙古自治区');
  assert.equal(regionName('150800'), '巴彦淖尔市');
  for (const code of ['150899', '159900', '1508', '15080a', ''])
    assert.equal(isRegionCode(code), false, code);
  assert.equal(regionName('150899'), null);
  assert.deepEqual(regionPath('150899'), []);
});

void test('R-13.4 lists provinces and the counties of 巴彦淖尔市', () => {
  const provinces = childRegions();
  assert.ok(provinces.length >= 34);
  assert.equal(provinces[0]?.code, '110000');
  assert.deepEqual(
    childRegions('150800').map((r) => r.name),
    ['临河区', '五原县', '磴口县', '乌拉特前旗', '乌拉特中旗', '乌拉特后旗', '杭锦后旗'],
  );
  assert.deepEqual(childRegions('150802'), []);
});

void test('R-13.4 municipalities and province-administered counties have sensible paths', () => {
  assert.deepEqual(
    regionPath('110105').map((r) => r.name),
    ['北京市', '朝阳区'],
  );
  assert.deepEqual(
    regionPath('429004').map((r) => r.name),
    ['湖北省', '省直辖县级行政区划', '仙桃市'],
  );
  assert.ok(childRegions('110000').some((r) => r.code === '110105'));
});
