// Each stratum's eligible count, quota and salt commitment: the group's name only, never its risk class.
import { Card, Table, Typography } from 'antd';
import { stratumLabel, type PublicDrawView } from '../service.ts';
import HexText from './hex-text.tsx';

export default function StrataTable({ view }: { readonly view: PublicDrawView }) {
  return (
    <Card size="small" title="各分组的抽取数" className="draw-section">
      <Typography.Paragraph type="secondary">
        每个分组按计划的比例抽取；各分组的排序由该组保密的“盐值”决定，盐值在抽取前以承诺的形式公布。分组名称不对应公开的风险等级。
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="stratum"
        pagination={false}
        dataSource={[...view.strata]}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '分组和盐值承诺',
            dataIndex: 'stratum',
            render: (stratum: string, row: PublicDrawView['strata'][number]) => (
              <>
                <div>{stratumLabel(stratum)}</div>
                <HexText hex={row.saltCommit} short />
              </>
            ),
          },
          { title: '可抽', dataIndex: 'eligible', align: 'right' },
          { title: '抽取', dataIndex: 'quota', align: 'right' },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {view.strata.reduce((n, s) => n + s.eligible, 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {view.selected.length}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
