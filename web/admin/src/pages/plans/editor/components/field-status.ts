import type { FormItemProps } from 'antd';

export type Problems = ReadonlyMap<string, readonly string[]>;

/** The problems of one form field as antd's error status and help text (live and server-side alike). */
export function fieldStatus(problems: Problems, key: string): Pick<FormItemProps, 'validateStatus' | 'help'> {
  const list = problems.get(key);
  return list?.length ? { validateStatus: 'error', help: list.join('；') } : {};
}
