// The search box and filters of the results list: entity name or credit code, item, year, result.
import { useEffect, useState } from 'react';
import { NATIONAL_RESULT_CODE_SET } from '../../../../src/domain/inspection/result-code.ts';
import { getJson, type PublicItem } from '../api.ts';
import { useLoad } from '../use-load.ts';

const THIS_YEAR = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_, i) => THIS_YEAR - i);

export default function ResultFilters({
  values,
  onChange,
  csvHref,
}: {
  readonly values: Record<string, string>;
  readonly onChange: (patch: Record<string, string | undefined>) => void;
  readonly csvHref: string;
}) {
  const items = useLoad(() => getJson<{ items: PublicItem[] }>('/api/public/items').then((r) => r.items), []);
  const [q, setQ] = useState(values.q ?? '');
  // A link or the back button changes the URL's search: the box shows it.
  useEffect(() => setQ(values.q ?? ''), [values.q]);
  const select = (key: string, label: string, options: readonly { value: string; label: string }[]) => (
    <select
      aria-label={label}
      value={values[key] ?? ''}
      onChange={(e) => onChange({ [key]: e.target.value })}
    >
      <option value="">全部{label}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  return (
    <form
      className="result-filters"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ q: q.trim() });
      }}
    >
      <div className="search-row">
        <input
          type="search"
          aria-label="搜索检查对象"
          placeholder="检查对象名称或统一社会信用代码"
          maxLength={100}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <button type="submit">搜索</button>
      </div>
      <div className="filter-row">
        {select(
          'item',
          '抽查事项',
          (items.data ?? []).map((i) => ({ value: i.code, label: `${i.code} ${i.name}` })),
        )}
        {select(
          'year',
          '年度',
          YEARS.map((y) => ({ value: String(y), label: `${y} 年` })),
        )}
        {select(
          'result',
          '检查结果',
          NATIONAL_RESULT_CODE_SET.map((c) => ({ value: c.code, label: c.label })),
        )}
        <a className="csv-link" href={csvHref} download>
          下载 CSV
        </a>
      </div>
    </form>
  );
}
