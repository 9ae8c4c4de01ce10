// One published result: only the allow-listed fields the server returns (R-N.10).
import { Card, Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { PublicResult } from '../api.ts';

export default function ResultCard({
  result,
  title,
}: {
  readonly result: Omit<PublicResult, 'publicId'>;
  readonly title: ReactNode;
}) {
  return (
    <Card size="small" title={title} extra={<Tag color="blue">{result.resultLabel}</Tag>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="统一社会信用代码">{result.entityCode}</Descriptions.Item>
        {result.entityAddress && <Descriptions.Item label="地址">{result.entityAddress}</Descriptions.Item>}
        <Descriptions.Item label="抽查事项">
          {result.itemCode} {result.itemName}
        </Descriptions.Item>
        <Descriptions.Item label="检查类型">{result.inspectionType}</Descriptions.Item>
        <Descriptions.Item label="检查日期">{result.checkedOn}</Descriptions.Item>
        <Descriptions.Item label="检查意见">{result.opinion}</Descriptions.Item>
        <Descriptions.Item label="处理情况">{result.handlingSummary}</Descriptions.Item>
        <Descriptions.Item label="检查人员">{result.inspectors.join('、')}</Descriptions.Item>
        <Descriptions.Item label="公示日期">{result.publishedOn}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
