// 信用档案: an entity's published inspections, non-cooperation, follow-ups and lists.
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { getJson, type PublicArchive } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';
import ResultCard from './result-card.tsx';

export default function ArchivePage() {
  const { publicId = '' } = useParams();
  const state = useLoad(
    () =>
      getJson<{ archive: PublicArchive }>(
        `/api/public/entities/${encodeURIComponent(publicId)}/archive`,
      ).then((r) => r.archive),
    [publicId],
  );
  return (
    <StatusView state={state} isEmpty={() => false}>
      {(a) => (
        <Flex vertical gap={12}>
          <Card size="small">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {a.entityName} · 信用档案
            </Typography.Title>
            <Typography.Text type="secondary">
              {a.entityCode}
              {a.entityAddress ? ` · ${a.entityAddress}` : ''}
            </Typography.Text>
          </Card>
          <Card size="small" title="名单状态">
            {a.lists.length === 0 ? (
              <Typography.Text type="secondary">未列入经营异常名录或严重违法失信名单</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={[...a.lists]}
                renderItem={(l) => (
                  <List.Item>
                    <Tag color={l.removedOn ? 'default' : 'red'}>{l.list}</Tag> {l.since} {l.reason}
                    {l.removedOn ? `（${l.removedOn} 移出${l.creditRepaired ? '，已信用修复' : ''}）` : ''}
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card size="small" title="不予配合情形">
            {a.nonCooperation.length === 0 ? (
              <Typography.Text type="secondary">无</Typography.Text>
            ) : (
              a.nonCooperation.map((n) => (
                <div key={n.checkedOn}>
                  {n.checkedOn}：{n.circumstances.join('；')}
                </div>
              ))
            )}
          </Card>
          <Card size="small" title="后续处置">
            {a.followUps.length === 0 ? (
              <Typography.Text type="secondary">无</Typography.Text>
            ) : (
              a.followUps.map((f, i) => (
                <div key={i}>
                  {f.checkedOn} {f.followUp} · {f.state}
                  {f.closedOn ? `（${f.closedOn} 办结）` : ''}
                </div>
              ))
            )}
          </Card>
          <Typography.Title level={5} style={{ margin: 0 }}>
            检查结果（{a.inspections.length}）
          </Typography.Title>
          {a.inspections.length === 0 && <Empty />}
          {a.inspections.map((r) => (
            <ResultCard
              key={`${r.itemCode}-${r.checkedOn}`}
              result={r}
              title={`${r.checkedOn} ${r.itemName}`}
            />
          ))}
        </Flex>
      )}
    </StatusView>
  );
}
