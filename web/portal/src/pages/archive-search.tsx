// 信用档案查询: entities with published results, found by name or credit code.
import { Card, Flex, Input, List, Pagination, Typography } from 'antd';
import { Link } from 'react-router';
import { getJson, type PublicEntity, type PublicPage } from '../api.ts';
import { useQueryState } from '../search-params.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';

const PAGE_SIZE = 20;

export default function ArchiveSearchPage() {
  const { values, page, set, query } = useQueryState(['q']);
  const apiQuery = query({ page, pageSize: PAGE_SIZE });
  const state = useLoad(
    () => getJson<PublicPage<PublicEntity>>(`/api/public/entities?${apiQuery}`),
    [apiQuery],
  );
  return (
    <Flex vertical gap={12}>
      <Input.Search
        allowClear
        enterButton="查询"
        placeholder="检查对象名称或统一社会信用代码"
        defaultValue={values.q}
        key={values.q}
        maxLength={100}
        onSearch={(q) => set({ q: q.trim() })}
        aria-label="查询信用档案"
      />
      <Typography.Text type="secondary">
        收录有公示检查结果的检查对象；档案包括检查结果、不予配合情形、后续处置及名单状态。
      </Typography.Text>
      <StatusView state={state} isEmpty={(data) => data.rows.length === 0}>
        {(data) => (
          <Card size="small" title={`共 ${data.total} 个检查对象`}>
            <List
              dataSource={[...data.rows]}
              renderItem={(e) => (
                <List.Item>
                  <List.Item.Meta
                    title={<Link to={`/archive/${encodeURIComponent(e.publicId)}`}>{e.entityName}</Link>}
                    description={`${e.entityCode} · 公示检查结果 ${e.results} 条 · 最近公示 ${e.lastPublishedOn}`}
                  />
                </List.Item>
              )}
            />
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={data.total}
              onChange={(p) => set({ page: p })}
              showSizeChanger={false}
              hideOnSinglePage
              simple
              style={{ marginTop: 12, textAlign: 'center' }}
            />
          </Card>
        )}
      </StatusView>
    </Flex>
  );
}
