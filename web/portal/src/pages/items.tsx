// 抽查事项清单: every published item in force, with legal basis, ratio, frequency and check contents.
import { Card, Collapse, Descriptions, Flex, Tag, Typography } from 'antd';
import { getJson, type PublicItem } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';

const METHODS: Readonly<Record<string, string>> = {
  'on-site': '实地检查',
  document: '书面核查',
  online: '网络监测',
};

export default function ItemsPage() {
  const state = useLoad(() => getJson<{ items: PublicItem[] }>('/api/public/items').then((r) => r.items), []);
  return (
    <StatusView state={state} isEmpty={(items) => items.length === 0}>
      {(items) => (
        <Flex vertical gap={12}>
          {items.map((item) => (
            <Card
              key={item.code}
              size="small"
              title={`${item.code} ${item.name}`}
              extra={item.category === 'priority' ? <Tag color="red">重点</Tag> : null}
            >
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="法律依据">
                  {item.legalBasis.map((b) => `${b.law}${b.article}`).join('；')}
                </Descriptions.Item>
                <Descriptions.Item label="检查对象">{item.objectType}</Descriptions.Item>
                <Descriptions.Item label="抽查比例、频次">
                  {item.ratioPercent}% · 每年 {item.roundsPerYear} 次
                </Descriptions.Item>
                <Descriptions.Item label="检查方式">
                  {item.methods.map((m) => METHODS[m] ?? m).join('、')}
                </Descriptions.Item>
                <Descriptions.Item label="施行日期">
                  {item.effectiveFrom ?? '—'}（第 {item.version} 版）
                </Descriptions.Item>
              </Descriptions>
              <Collapse
                size="small"
                items={[
                  {
                    key: 'checklist',
                    label: `检查内容（${item.checklist.length} 项）`,
                    children: item.checklist.map((c) => (
                      <Typography.Paragraph key={c.code} style={{ marginBottom: 4 }}>
                        {c.code} {c.text}
                      </Typography.Paragraph>
                    )),
                  },
                ]}
              />
            </Card>
          ))}
        </Flex>
      )}
    </StatusView>
  );
}
