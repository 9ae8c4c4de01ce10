// Approved changes (递补, R-21.2): who went out, who came in from the replacement list, and why.
import { Table, Tag } from 'antd';
import { usePhoneScroll } from '../../../components/phone-scroll.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import type { DrawDetail, ReplacementView } from '../../../services/types.ts';
import { formatDateTime, shortDigest } from '../../../utils/format.ts';

export default function ReplacementsTable({ draw }: { readonly draw: DrawDetail }) {
  const { t } = useI18n();
  const scroll = usePhoneScroll(720);
  const name = (kind: ReplacementView['kind'], id: string) =>
    kind === 'entity' ? (draw.names.entities[id] ?? id) : `${draw.names.inspectors[id] ?? ''}（${id}）`;
  return (
    <Table<ReplacementView>
      className="replacements-table"
      size="small"
      scroll={scroll}
      rowKey="seq"
      pagination={false}
      dataSource={[...draw.replacements]}
      locale={{ emptyText: t('change.noReplacements') }}
      columns={[
        { title: '#', dataIndex: 'seq', width: 48 },
        {
          title: t('change.kind'),
          dataIndex: 'kind',
          width: 90,
          render: (kind: ReplacementView['kind']) => <Tag>{t(`change.kind.${kind}`)}</Tag>,
        },
        {
          title: t('change.where'),
          width: 160,
          render: (_: unknown, r) =>
            r.stratum ?? `${r.entity ? name('entity', r.entity) : ''} ${r.pool ?? ''}`,
        },
        {
          title: t('change.outIn'),
          render: (_: unknown, r) => (
            <span className="replacement-out-in">
              <Tag color="red">{name(r.kind, r.out)}</Tag> → <Tag color="green">{name(r.kind, r.in)}</Tag>
            </span>
          ),
        },
        { title: t('change.reason'), dataIndex: 'reason', ellipsis: true },
        {
          title: t('change.time'),
          width: 150,
          render: (_: unknown, r) => formatDateTime(r.time, 'minute'),
        },
        {
          title: t('audit.digest'),
          dataIndex: 'digest',
          width: 150,
          render: (d: string) => <code>{shortDigest(d)}</code>,
        },
      ]}
    />
  );
}
