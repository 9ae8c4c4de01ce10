// 检查结果公示: published results, newest first, searchable and filtered, each linking to the entity's
// credit archive. The filters are in the URL; the page is plain HTML (the portal's first page).
import { Link } from 'react-router';
import { getJson, type PublicPage, type PublicResult } from '../api.ts';
import { useQueryState } from '../search-params.ts';
import { useLoad } from '../use-load.ts';
import ResultCard from './result-card.tsx';
import ResultFilters from './result-filters.tsx';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'item', 'year', 'result'] as const;

export default function ResultsPage() {
  const { values, page, set, query } = useQueryState(FILTERS);
  const apiQuery = query({ page, pageSize: PAGE_SIZE });
  const state = useLoad(
    () => getJson<PublicPage<PublicResult>>(`/api/public/results?${apiQuery}`),
    [apiQuery],
  );
  const pages = state.data ? Math.max(1, Math.ceil(state.data.total / PAGE_SIZE)) : 1;
  return (
    <div className="results-page">
      <ResultFilters values={values} onChange={set} csvHref={`/api/public/results.csv?${query()}`} />
      {state.error && (
        <p className="notice error" role="alert">
          {state.error}
        </p>
      )}
      {state.loading && !state.data && <p className="page-loading">加载中…</p>}
      {state.data && (
        <p className="result-count" aria-live="polite">
          共 {state.data.total} 条公示结果{values.q ? `（“${values.q}”）` : ''}
        </p>
      )}
      {state.data?.rows.length === 0 && <p className="notice">没有符合条件的公示结果</p>}
      {state.data?.rows.map((r) => (
        <ResultCard
          key={`${r.publicId}-${r.itemCode}-${r.checkedOn}-${r.publishedOn}`}
          result={r}
          title={<Link to={`/archive/${encodeURIComponent(r.publicId)}`}>{r.entityName}</Link>}
        />
      ))}
      {pages > 1 && (
        <nav className="pager" aria-label="翻页">
          <button type="button" disabled={page <= 1} onClick={() => set({ page: page - 1 })}>
            上一页
          </button>
          <span>
            第 {page} / {pages} 页
          </span>
          <button type="button" disabled={page >= pages} onClick={() => set({ page: page + 1 })}>
            下一页
          </button>
        </nav>
      )}
    </div>
  );
}
