import type { FastifySchemaValidationError } from 'fastify';
import { fieldLabel } from './field-labels.ts';

const PART: Readonly<Record<string, string>> = {
  body: '',
  querystring: '查询参数',
  params: '路径参数',
  headers: '请求头',
};

const TYPE: Readonly<Record<string, string>> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '是或否（true / false）',
  array: '列表',
  object: '对象',
  null: '空值',
};

const PATTERN: Readonly<Record<string, string>> = {
  '^[1-9]\\d{3}-\\d{2}-\\d{2}$': '应为“年-月-日”格式的日期，如 2026-03-16',
  '^\\d{6}$': '应为 6 位数字',
  '^(\\d{6})?$': '应为 6 位数字',
  '^[0-9a-f]{64}$': '应为 64 位十六进制小写字符',
};

const FORMAT: Readonly<Record<string, string>> = {
  uuid: '格式不正确（应为 UUID）',
  'date-time': '应为日期时间，如 2026-03-16T09:00:00+08:00',
  date: '不是有效的日期（请检查月份和日期）',
};

type Params = Readonly<Record<string, unknown>>;

/** What one failed rule says, in Chinese (the rule's own figures kept). */
function rule(keyword: string, p: Params): string {
  const n = (key: string) => String(p[key]);
  switch (keyword) {
    case 'required':
      return '为必填项';
    case 'type':
      return `应为${String(p.type)
        .split(',')
        .map((t) => TYPE[t] ?? t)
        .join('或')}`;
    case 'minLength':
      return p.limit === 1 ? '不能为空' : `至少 ${n('limit')} 个字符`;
    case 'maxLength':
      return `不能超过 ${n('limit')} 个字符`;
    case 'minimum':
      return `不能小于 ${n('limit')}`;
    case 'maximum':
      return `不能大于 ${n('limit')}`;
    case 'exclusiveMinimum':
      return `应大于 ${n('limit')}`;
    case 'exclusiveMaximum':
      return `应小于 ${n('limit')}`;
    case 'minItems':
      return `至少 ${n('limit')} 项`;
    case 'maxItems':
      return `不能超过 ${n('limit')} 项`;
    case 'uniqueItems':
      return '不能有重复项';
    case 'pattern':
      return PATTERN[n('pattern')] ?? '格式不正确';
    case 'format':
      return FORMAT[n('format')] ?? '格式不正确';
    case 'finite':
      return '超出可表示的数值范围';
    case 'additionalProperties':
      return `不允许有字段“${n('additionalProperty')}”`;
    default:
      return '的取值不在允许范围内';
  }
}

const pathOf = (v: FastifySchemaValidationError) =>
  v.keyword === 'required' && typeof v.params.missingProperty === 'string'
    ? `${v.instancePath}/${v.params.missingProperty}`
    : v.instancePath;

/**
 * One Chinese message for a failed schema check, naming the field in Chinese. Of a union's errors
 * the union's own is the one that explains (its branches' errors each describe one branch).
 */
export function validationMessage(
  errors: readonly FastifySchemaValidationError[],
  part: string | undefined,
): { readonly message: string; readonly details: { field: string; message: string }[] } {
  const details = errors.map((v) => ({
    field: pathOf(v).replace(/^\//, ''),
    message: `“${fieldLabel(pathOf(v))}”${rule(v.keyword, v.params)}`,
  }));
  const union = errors.findIndex((v) => v.keyword === 'anyOf' || v.keyword === 'oneOf');
  const main = details[union >= 0 ? union : 0];
  const where = PART[part ?? 'body'] ?? '';
  return { message: `请求参数有误：${where}${main?.message ?? '内容不符合要求'}`, details };
}
