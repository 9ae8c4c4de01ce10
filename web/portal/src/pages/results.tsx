// 检查结果公示: published results, newest first, each linking to the entity's credit archive.
import { Flex, Pagination } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { getJson, type PublicResult } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';
import ResultCard from './result-card.tsx';

const PAGE_SIZE = 20;

export default function ResultsPage() {
  const [page, setPage] = useState(1);
  const state = useLoad(
    () =>
      getJson<{ total: number; rows: PublicResult[] }>(
        `/api/public/results?page=${page}&pageSize=${PAGE_SIZE}`,
      ),
    [page],
  );
  return (
    <StatusView state={state} isEmpty={(data) => data.rows.length === 0}>
      {(data) => (
        <Flex vertical gap={12}>
          {data.rows.map((r) => (
            <ResultCard
              key={`${r.publicId}-${r.itemCode}-${r.checkedOn}`}
              result={r}
              title={<Link to={`/archive/${encodeURIComponent(r.publicId)}`}>{r.entityName}</Link>}
            />
          ))}
          <Pagination
            current={page}
            pageSize={PAGE_SIZE}
            total={data.total}
            onChange={setPage}
            hideOnSinglePage
            style={{ alignSelf: 'center' }}
          />
        </Flex>
      )}
    </StatusView>
  );
}
