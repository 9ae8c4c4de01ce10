import { Type, type TObject, type TProperties } from 'typebox';
import { CSV, fileResponse, XLSX } from './media.schema.ts';

export const ExportFormat = Type.Optional(
  Type.Union([Type.Literal('xlsx'), Type.Literal('csv')], {
    default: 'xlsx',
    description: '导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM）',
  }),
);

/** A list's query without its paging, plus the file format: an export takes every row the filter selects. */
export function exportQuery<P extends TProperties>(list: TObject<P>) {
  const filters = Object.fromEntries(
    Object.entries(list.properties).filter(([k]) => k !== 'page' && k !== 'pageSize'),
  ) as Omit<P, 'page' | 'pageSize'>;
  return Type.Object({ ...filters, format: ExportFormat });
}

export const exportResponse = { 200: fileResponse('导出文件（Excel 或 CSV）', [XLSX, CSV]) };
