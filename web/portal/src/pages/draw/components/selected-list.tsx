// The drawn entities by name and credit code, each with its team by inspector name and badge.
import { Card, List, Typography } from 'antd';
import type { PublicDrawDetail, PublicDrawView } from '../service.ts';

export default function SelectedList({
  draw,
  view,
}: {
  readonly draw: PublicDrawDetail;
  readonly view: PublicDrawView;
}) {
  const entityName = new Map(draw.entities.map((e) => [e.id, e.name]));
  const inspectorName = new Map(draw.inspectors.map((i) => [i.id, i.name]));
  const teamOf = new Map(view.teams.map((t) => [t.entity, t]));
  return (
    <Card size="small" title={`抽中对象和检查组（${view.selected.length} 个）`} className="draw-section">
      <List
        size="small"
        pagination={
          view.selected.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false
        }
        dataSource={[...view.selected]}
        renderItem={(id) => (
          <List.Item className="selected-row">
            <div>
              <Typography.Text strong>{entityName.get(id) ?? '—'}</Typography.Text>
              <div className="credit-code">{id}</div>
              <Typography.Text type="secondary">
                检查人员：
                {(teamOf.get(id)?.pools ?? [])
                  .flatMap((p) => p.inspectors)
                  .map((i) => `${inspectorName.get(i) ?? '—'}（${i}）`)
                  .join('、')}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
