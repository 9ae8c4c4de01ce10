// 抽取结果: confirmed draws; anyone can download the bundle and recompute it (R-N.6).
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import { bundleUrl, getJson, type PublicDraw } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';

export default function DrawsPage() {
  const state = useLoad(() => getJson<{ draws: PublicDraw[] }>('/api/public/draws').then((r) => r.draws), []);
  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        每次抽取的结果包（RDRAW-1）含抽取范围、承诺、随机数和结果，任何人可用公开的算法独立复核。
      </Typography.Paragraph>
      <StatusView state={state} isEmpty={(draws) => draws.length === 0}>
        {(draws) =>
          draws.map((draw) => (
            <Card key={draw.drawId} size="small" title={draw.taskCode}>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="抽取日期">{draw.drawDate}</Descriptions.Item>
                <Descriptions.Item label="抽取编号">
                  <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                    {draw.drawId}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="名录总数 / 符合条件 / 抽中">
                  {draw.poolSize} / {draw.eligible} / {draw.selected}
                </Descriptions.Item>
                <Descriptions.Item label="递补">{draw.replacements}</Descriptions.Item>
                <Descriptions.Item label="算法">{draw.suite}</Descriptions.Item>
              </Descriptions>
              <Button
                icon={<DownloadOutlined />}
                href={bundleUrl(draw.drawId)}
                download={`${draw.drawId}.json`}
                block
              >
                下载结果包
              </Button>
            </Card>
          ))
        }
      </StatusView>
    </Flex>
  );
}
