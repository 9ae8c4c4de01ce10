// 核验文件: a public view or a full bundle checked in this browser, with no draw page needed.
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import VerifyPanel from '../verify/verify-panel.tsx';
import './draw/draw.css';

export default function VerifyFilePage() {
  return (
    <Flex vertical gap={12}>
      <Card size="small" title="核验抽取文件">
        <Typography.Paragraph type="secondary">
          选择一次抽取的公开视图（*.public.json，在抽取页面下载）或完整数据包（见证人、监督机关、审计人员持有），浏览器会按
          <Link to="/algorithm">公开的算法</Link>
          逐项核验。核验抽取页面上的某次抽取，请从“抽取结果”进入该次抽取，那里还会核对签名。
        </Typography.Paragraph>
        <VerifyPanel context={{}} />
      </Card>
    </Flex>
  );
}
