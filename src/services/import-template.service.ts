import { buildImportTemplate } from './import/template.ts';

const NAMES = { entities: '市场主体名录导入模板.xlsx', inspectors: '执法检查人员名录导入模板.xlsx' } as const;

export async function importTemplate(
  kind: 'entities' | 'inspectors',
): Promise<{ fileName: string; body: Buffer }> {
  return { fileName: NAMES[kind], body: await buildImportTemplate(kind) };
}
