// One published result: only the allow-listed fields the server returns (R-N.10); the tag shows its severity.
// Plain HTML: it is on the first page, which loads no component library.
import type { ReactNode } from 'react';
import type { PublicInspectionResult } from '../../../../src/domain/publication/public-fields.ts';
import type { ResultSeverity } from '../../../../src/domain/publication/result-severity.ts';
import { severityOf } from '../severity.ts';

export default function ResultCard({
  result,
  title,
}: {
  readonly result: PublicInspectionResult & { readonly severity?: ResultSeverity };
  readonly title: ReactNode;
}) {
  const fields: [string, ReactNode][] = [
    ['统一社会信用代码', result.entityCode],
    ...(result.entityAddress ? [['地址', result.entityAddress] as [string, ReactNode]] : []),
    ['抽查事项', `${result.itemCode} ${result.itemName}`],
    ['检查类型', result.inspectionType],
    ['检查日期', result.checkedOn],
    ['检查意见', result.opinion],
    ['处理情况', result.handlingSummary],
    ['检查人员', result.inspectors.join('、')],
    ['公示日期', result.publishedOn],
  ];
  return (
    <article className="result-card">
      <header>
        <h3>{title}</h3>
        <span className={`result-tag severity-${severityOf(result)}`}>{result.resultLabel}</span>
      </header>
      <dl>
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
