// 核验: the draw's public view (one button) or a dropped file, run in a worker with its progress shown.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { VerifyContext } from './report.ts';
import FileDrop from './file-drop.tsx';
import { useVerifier, type VerifierStage } from './use-verifier.ts';
import VerifyResult from './verify-result.tsx';

const STAGE_LABEL: Readonly<Record<VerifierStage, string>> = {
  read: '正在读取文件',
  parse: '正在解析 JSON',
  public: '正在逐项核验公开视图',
  recompute: '正在按公开算法重算整个抽取（对象多时需要几秒）',
  compare: '正在逐项比较重算结果',
};

function Elapsed({ since }: { readonly since: number }) {
  const [now, setNow] = useState(performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 200);
    return () => clearInterval(timer);
  }, []);
  return <>{((now - since) / 1000).toFixed(1)} 秒</>;
}

export default function VerifyPanel({
  context,
  viewUrl,
}: {
  readonly context: VerifyContext;
  /** The draw's public view; without it only files can be checked. */
  readonly viewUrl?: string | undefined;
}) {
  const { state, run } = useVerifier();
  return (
    <Flex vertical gap={12} className="verify-panel">
      {viewUrl && (
        <Button
          type="primary"
          size="large"
          icon={<SafetyCertificateOutlined />}
          loading={state.running && state.subject === '本页公布的公开视图'}
          onClick={() => run({ url: viewUrl }, context, '本页公布的公开视图')}
          block
        >
          核验本次抽取
        </Button>
      )}
      <FileDrop onFile={(file) => run({ file }, context, file.name)} />
      {state.running && (
        <Alert
          className="verify-progress"
          type="info"
          showIcon
          icon={<Spin size="small" />}
          title={`${STAGE_LABEL[state.stage ?? 'read']}…`}
          description={
            <Typography.Text type="secondary">
              {state.subject} · 已用 <Elapsed since={state.startedAt ?? performance.now()} />
              ，核验在您的浏览器中进行
            </Typography.Text>
          }
        />
      )}
      {!state.running && state.error && (
        <Alert type="error" showIcon title={`核验未能完成：${state.error}`} />
      )}
      {!state.running && state.report && (
        <VerifyResult report={state.report} subject={state.subject} ms={state.ms} />
      )}
    </Flex>
  );
}
