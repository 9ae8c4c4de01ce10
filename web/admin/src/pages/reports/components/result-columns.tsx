// Columns of a results list (检查结果): status, the publication deadline (暂定 or not) and the 已逾期 flag (R-N.9).
import type { TableColumnsType } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver.js';
import { Link } from 'react-router';
import type { Translate } from '../../../locales/index.ts';
import type { ResultRow } from '../../../services/types.ts';
import { OverdueTag, ProvisionalTag, ReviewStatusTag } from './review-tags.tsx';

export function resultColumns(t: Translate, withEntity = true): TableColumnsType<ResultRow> {
  // Only the results list hides secondary columns on a narrow screen; the archive card keeps them all.
  const from = (bp: Breakpoint) => (withEntity ? { responsive: [bp] } : {});
  const columns: TableColumnsType<ResultRow> = [
    {
      title: t('record.entity'),
      fixed: 'left',
      render: (_: unknown, r) => <Link to={`/reports/${r.reportId}`}>{r.entity.name}</Link>,
    },
    { title: t('record.item'), width: 120, ...from('sm'), render: (_: unknown, r) => r.item.code },
    { title: t('record.checkedOn'), dataIndex: 'checkedOn', width: 110 },
    {
      title: t('report.resultCode'),
      dataIndex: 'resultLabel',
      width: 180,
      render: (label: string, r) => (withEntity ? label : <Link to={`/reports/${r.reportId}`}>{label}</Link>),
    },
    {
      title: t('common.status'),
      width: 170,
      render: (_: unknown, r) => (
        <>
          <ReviewStatusTag status={r.status} />
          <OverdueTag overdue={r.overdue} />
        </>
      ),
    },
    {
      title: t('report.deadline'),
      dataIndex: 'deadline',
      width: 150,
      ...from('md'),
      render: (d: string | null, r) => (
        <>
          {d ?? '—'} <ProvisionalTag provisional={r.deadlineProvisional} />
        </>
      ),
    },
    {
      title: t('report.publishedOn'),
      dataIndex: 'publishedOn',
      width: 110,
      ...from('md'),
      render: (d: string | null) => d ?? '—',
    },
    { title: t('report.author'), dataIndex: 'author', width: 120, ...from('md') },
  ];
  return withEntity ? columns : columns.slice(1);
}
