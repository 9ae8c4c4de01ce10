// The announcement (public before any reveal): digests and witnesses' commitments; then the reveals and the seed.
import { Card, Flex, Tag, Typography } from 'antd';
import { formatTime, type PublicDrawDetail } from '../service.ts';
import HexText from './hex-text.tsx';

const DIGEST_LABEL = {
  plan: '抽取方案',
  pool: '对象名录',
  inspectors: '检查人员名录',
  strata: '分层',
} as const;

export default function Announcement({ draw }: { readonly draw: PublicDrawDetail }) {
  const { announcement: a } = draw;
  const nonceOf = new Map(draw.reveals.map((r) => [r.witness, r.nonce]));
  const digests = (Object.keys(DIGEST_LABEL) as (keyof typeof DIGEST_LABEL)[]).filter((k) => a.digests[k]);
  return (
    <>
      <Card size="small" title="抽取前公告" className="draw-section">
        <Typography.Paragraph type="secondary">
          以下内容在任何见证人揭示随机数之前已经公布，此后不能更改：名录的摘要锁定了参加抽取的对象，见证人的承诺锁定了各自的随机数。
        </Typography.Paragraph>
        <Flex vertical gap={8}>
          <div className="witness-field">
            <span className="field-label">名录总数</span>
            <span>{a.poolSize}</span>
          </div>
          {digests.map((k) => (
            <div key={k} className="witness-field">
              <span className="field-label">{DIGEST_LABEL[k]}摘要</span>
              <HexText hex={a.digests[k] ?? ''} />
            </div>
          ))}
        </Flex>
      </Card>
      <Card size="small" title="见证人：承诺与揭示" className="draw-section">
        <Flex vertical gap={12}>
          {a.witnesses.map((w) => (
            <div key={w.witness} className="witness-row">
              <div>
                <Typography.Text strong>{w.name}</Typography.Text> <Tag>{w.roleLabel}</Tag>
                {w.committedAt && (
                  <Typography.Text type="secondary"> 承诺于 {formatTime(w.committedAt)}</Typography.Text>
                )}
              </div>
              <div className="witness-field">
                <span className="field-label">承诺</span>
                {w.commit ? (
                  <HexText hex={w.commit} />
                ) : (
                  <Typography.Text type="secondary">尚未承诺</Typography.Text>
                )}
              </div>
              <div className="witness-field">
                <span className="field-label">随机数</span>
                {nonceOf.get(w.witness) ? (
                  <HexText hex={nonceOf.get(w.witness) ?? ''} />
                ) : (
                  <Typography.Text type="secondary">尚未揭示</Typography.Text>
                )}
              </div>
            </div>
          ))}
          <div className="witness-field">
            <span className="field-label">随机种子</span>
            {draw.seed ? (
              <HexText hex={draw.seed} />
            ) : (
              <Typography.Text type="secondary">全部揭示后计算</Typography.Text>
            )}
          </div>
        </Flex>
      </Card>
    </>
  );
}
