// Who confirmed the result (signer, role, time) and the replacements as a count and reason categories only.
import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { formatTime, type PublicDrawDetail } from '../service.ts';
import HexText from './hex-text.tsx';

export default function Signatures({ draw }: { readonly draw: PublicDrawDetail }) {
  const { replacementSummary: r } = draw;
  return (
    <>
      <Card size="small" title="签名确认" className="draw-section">
        {draw.signatures.length === 0 ? (
          <Empty description="尚无签名" />
        ) : (
          <Flex vertical gap={10}>
            {draw.signatures.map((s) => (
              <div key={`${s.signer}-${s.signedAt}`} className="signature-row">
                <Typography.Text strong>{s.signer}</Typography.Text> <Tag>{s.role}</Tag>
                <Typography.Text type="secondary"> 签于 {formatTime(s.signedAt)}</Typography.Text>
                <div className="witness-field">
                  <span className="field-label">所签声明摘要</span>
                  <HexText hex={s.statementDigest} />
                </div>
                {s.publicKey && (
                  <div className="witness-field">
                    <span className="field-label">签名公钥（{s.scheme === 'sm2' ? 'SM2' : 'Ed25519'}）</span>
                    <HexText hex={s.publicKey} />
                  </div>
                )}
              </div>
            ))}
          </Flex>
        )}
      </Card>
      <Card size="small" title="递补" className="draw-section">
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="递补次数">{r.count}</Descriptions.Item>
          {r.reasons.map((x) => (
            <Descriptions.Item key={x.category} label={x.category}>
              {x.count} 次
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Typography.Text type="secondary">
          被替换和递补的具体对象不公开：成对公布会显示两个对象同属一个分组。
        </Typography.Text>
      </Card>
    </>
  );
}
