import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskAddress, maskIdNumber, maskPhone } from './mask.ts';

void test('R-N.10 masks an ID number to its first and last four characters', () => {
  assert.equal(maskIdNumber('150102199001011234'), '1501**********1234');
  assert.equal(maskIdNumber('11010519491231002X'), '1101**********002X');
  assert.equal(maskIdNumber('150102199001011234').length, 18);
  assert.equal(maskIdNumber('1234567'), '*******');
});

void test('R-N.10 masks mobile and landline numbers', () => {
  assert.equal(maskPhone('13812345678'), '138****5678');
  assert.equal(maskPhone('+86 13812345678'), '+86 138****5678');
  assert.equal(maskPhone('0478-8123456'), '0478-***3456');
  assert.equal(maskPhone('04788123456'), '0478***3456');
});

void test('R-N.10 keeps a natural person’s address only down to the 街道/镇', () => {
  const cases: readonly [string, string][] = [
    [
      '内蒙古自治区巴彦淖尔市临河区新华街道胜利路18号3号楼2单元501室',
      '内蒙古自治区巴彦淖尔市临河区新华街道****',
    ],
    ['内蒙古巴彦淖尔市临河区狼山镇富强村5社12号', '内蒙古巴彦淖尔市临河区狼山镇****'],
    ['巴彦淖尔市临河区胜利北路3号', '巴彦淖尔市临河区****'],
    ['临河区干召庙镇民主村', '临河区干召庙镇****'],
    ['北京市朝阳区建国门外大街1号', '北京市朝阳区****'],
    ['内蒙古自治区巴彦淖尔市临河区', '内蒙古自治区巴彦淖尔市临河区'],
  ];
  for (const [address, masked] of cases) assert.equal(maskAddress(address), masked, address);
});

void test('R-N.10 hides an address without any recognisable division entirely', () => {
  assert.equal(maskAddress('胜利路18号3号楼'), '****');
  assert.equal(maskAddress('内蒙古自治区巴彦淖尔市'), '内蒙古自治区巴彦淖尔市');
  assert.equal(maskAddress('内蒙古自治区巴彦淖尔市胜利路18号'), '内蒙古自治区巴彦淖尔市****');
  assert.equal(maskAddress('  '), '');
});
