import { Alert, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import type { Loaded } from './use-load.ts';

/** Loading, error or empty state of a public list; the list itself otherwise. */
export default function StatusView<T>({
  state,
  isEmpty,
  children,
}: {
  readonly state: Loaded<T>;
  readonly isEmpty: (data: T) => boolean;
  readonly children: (data: T) => ReactNode;
}) {
  if (state.loading && !state.data) return <Skeleton active />;
  if (state.error) return <Alert type="error" showIcon title={state.error} />;
  if (!state.data || isEmpty(state.data)) return <Empty description="暂无公示信息" />;
  return children(state.data);
}
