// 抽取结果: every draw from its announcement, with its status; each links to its page, where anyone
// can verify it in the browser (R-N.6). The full bundle is not public (DRAW.md §9).
import { RightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';
import { listDraws, STATUS_COLOR, STATUS_LABEL, type PublicDrawSummary } from './draw/service.ts';
import './draw/draw.css';

function DrawCard({ draw }: { readonly draw: PublicDrawSummary }) {
  const to = `/draws/${encodeURIComponent(draw.drawId)}`;
  return (
    <Card
      size="small"
      className="draw-card"
      title={<Link to={to}>{draw.taskCode}</Link>}
      extra={<Tag color={STATUS_COLOR[draw.status]}>{STATUS_LABEL[draw.status] ?? draw.status}</Tag>}
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="抽取日期">{draw.drawDate}</Descriptions.Item>
        <Descriptions.Item label="抽查计划">{draw.planCode}</Descriptions.Item>
        <Descriptions.Item label="名录 / 可抽 / 抽中">
          {draw.poolSize} / {draw.eligible} / {draw.selected ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label="递补">{draw.replacements} 次</Descriptions.Item>
        {draw.abortReason && <Descriptions.Item label="中止原因">{draw.abortReason}</Descriptions.Item>}
      </Descriptions>
      <Link to={to} className="draw-card-link">
        {draw.status === 'confirmed' ? (
          <>
            <SafetyCertificateOutlined /> 查看并核验本次抽取
          </>
        ) : (
          '查看公告和进展'
        )}{' '}
        <RightOutlined />
      </Link>
    </Card>
  );
}

export default function DrawsPage() {
  const state = useLoad(listDraws, []);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        每次抽取在见证人揭示随机数之前公告名录摘要和见证人的承诺；确认后公布抽中名单、检查组和签名。任何人都可以在抽取页面按
        <Link to="/algorithm">公开的算法</Link>核验，也可以<Link to="/verify">核验手中的文件</Link>。
      </Typography.Paragraph>
      <StatusView state={state} isEmpty={(draws) => draws.length === 0}>
        {(draws) => draws.map((draw) => <DrawCard key={draw.drawId} draw={draw} />)}
      </StatusView>
    </Flex>
  );
}
