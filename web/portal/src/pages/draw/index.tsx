// One draw (#/draws/:drawId): what was announced before the draw, the reveals, the result, who
// signed it, and 核验本次抽取 in the visitor's browser.
import { DownloadOutlined, ReadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import StatusView from '../../status-view.tsx';
import { useLoad } from '../../use-load.ts';
import VerifyPanel from '../../verify/verify-panel.tsx';
import Announcement from './components/announcement.tsx';
import SelectedList from './components/selected-list.tsx';
import Signatures from './components/signatures.tsx';
import StrataTable from './components/strata-table.tsx';
import {
  formatTime,
  getDraw,
  STATUS_COLOR,
  STATUS_LABEL,
  viewUrl,
  type PublicDrawDetail,
} from './service.ts';
import './draw.css';

function Summary({ draw }: { readonly draw: PublicDrawDetail }) {
  return (
    <Card
      size="small"
      title={draw.taskCode}
      extra={<Tag color={STATUS_COLOR[draw.status]}>{STATUS_LABEL[draw.status] ?? draw.status}</Tag>}
    >
      {draw.status === 'aborted' && (
        <Alert type="warning" showIcon title={`抽取已中止：${draw.abortReason ?? ''}`} />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label="抽取日期">{draw.drawDate}</Descriptions.Item>
        <Descriptions.Item label="抽查计划">{draw.planCode}</Descriptions.Item>
        <Descriptions.Item label="抽取编号">
          <Typography.Text copyable className="break-all">
            {draw.drawId}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="算法">{draw.suite}</Descriptions.Item>
        <Descriptions.Item label="名录 / 可抽 / 抽中">
          {draw.poolSize} / {draw.eligible ?? '—'} / {draw.selected ?? '—'}
        </Descriptions.Item>
        {draw.confirmedAt && (
          <Descriptions.Item label="确认时间">{formatTime(draw.confirmedAt)}</Descriptions.Item>
        )}
      </Descriptions>
      <Flex wrap gap={8} className="summary-actions">
        <Link to="/algorithm">
          <Button icon={<ReadOutlined />}>抽取算法说明</Button>
        </Link>
        {draw.view && (
          <Button
            icon={<DownloadOutlined />}
            href={viewUrl(draw.drawId)}
            download={`${draw.drawId}.public.json`}
          >
            下载公开视图
          </Button>
        )}
      </Flex>
    </Card>
  );
}

function Verify({ draw }: { readonly draw: PublicDrawDetail }) {
  const signatures = draw.signatures.map(
    ({ signer, role, statementDigest, scheme, publicKey, signature }) => ({
      signer,
      role,
      statementDigest,
      scheme,
      publicKey,
      signature,
    }),
  );
  return (
    <Card size="small" title="核验本次抽取" className="draw-section" id="verify">
      <Typography.Paragraph type="secondary">
        核验在您的浏览器中按公开的算法重新计算：随机数是否由全部见证人共同决定、各分组抽取数是否符合方案、公布的名单是否就是签名确认的结果。
        {!draw.view && ' 抽取确认后才能核验公开视图；现在可以核验您持有的文件。'}
      </Typography.Paragraph>
      <VerifyPanel
        viewUrl={draw.view ? viewUrl(draw.drawId) : undefined}
        context={{ drawId: draw.drawId, ...(draw.view && { signatures, servedView: draw.view }) }}
      />
    </Card>
  );
}

export default function DrawPage() {
  const { drawId = '' } = useParams();
  const state = useLoad(() => getDraw(drawId), [drawId]);
  return (
    <StatusView state={state} isEmpty={() => false}>
      {(draw) => (
        <Flex vertical gap={12} className="draw-page">
          <Summary draw={draw} />
          <Verify draw={draw} />
          <Announcement draw={draw} />
          {draw.view && <StrataTable view={draw.view} />}
          {draw.view && <SelectedList draw={draw} view={draw.view} />}
          <Signatures draw={draw} />
        </Flex>
      )}
    </StatusView>
  );
}
