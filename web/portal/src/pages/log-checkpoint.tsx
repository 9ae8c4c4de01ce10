// The audit log's latest signed checkpoint (issue 10.3, docs/log.md), its signature checked in the browser.
import { Card, Descriptions, Tag, Typography } from 'antd';
import { getJson, type LogCheckpoint, type LogKey } from '../api.ts';
import StatusView from '../status-view.tsx';
import { useLoad } from '../use-load.ts';

const { Paragraph, Text } = Typography;

type Signature = 'valid' | 'invalid' | 'unsupported';

const EXPLANATION = [
  '平台的每一步操作（抽取、确认、公示结果、后续处置……）都记入审计日志，日志按 RFC 9162 组成默克尔树。每次确认抽取、公示结果以及每天，平台用自己的密钥签署一个“检查点”：日志里的事件数、根哈希和时间。',
  '检查点只能向后延续：保存一个检查点，以后任何人都能要求平台证明新的日志包含旧的全部内容；历史记录被改动、删除或补插，就给不出这样的证明。审计事件含内部信息，不公开；公开的只有哈希和签名。',
];

const fromBase64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

/** Ed25519 over the note's body (up to the blank line), with the published key; WebCrypto may lack it. */
async function signatureOf(note: string, publicKey: string): Promise<Signature> {
  const cut = note.indexOf('\n\n');
  const line = /^— \S+ ([A-Za-z0-9+/=]+)$/.exec(note.slice(cut + 2).split('\n')[0] ?? '');
  if (cut < 0 || !line) return 'invalid';
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('raw', fromBase64(publicKey), { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return 'unsupported';
  }
  const signed = new TextEncoder().encode(note.slice(0, cut + 1));
  const ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64(line[1]!).slice(4), signed);
  return ok ? 'valid' : 'invalid';
}

async function load() {
  const [checkpoint, key] = await Promise.all([
    getJson<LogCheckpoint>('/api/public/log/latest'),
    getJson<LogKey>('/api/public/log/key'),
  ]);
  return { checkpoint, key, signature: await signatureOf(checkpoint.checkpoint, key.publicKey) };
}

const SIGNATURE: Readonly<Record<Signature, { color: string; text: string }>> = {
  valid: { color: 'success', text: '签名有效（平台公布的密钥）' },
  invalid: { color: 'error', text: '签名无效' },
  unsupported: { color: 'default', text: '本浏览器无法核验签名' },
};

export default function LogCheckpointCard() {
  const state = useLoad(load, []);
  return (
    <Card size="small">
      <h2>审计日志检查点</h2>
      {EXPLANATION.map((p) => (
        <Paragraph key={p}>{p}</Paragraph>
      ))}
      <StatusView state={state} isEmpty={() => false}>
        {({ checkpoint, key, signature }) => (
          <Descriptions size="small" column={1} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label="事件数">{checkpoint.size}</Descriptions.Item>
            <Descriptions.Item label="根哈希">
              <Text code copyable style={{ wordBreak: 'break-all' }}>
                {checkpoint.rootHash}
              </Text>
            </Descriptions.Item>
            <Descriptions.Item label="签署时间">
              {new Date(checkpoint.time).toLocaleString('zh-CN', { hour12: false })}
            </Descriptions.Item>
            <Descriptions.Item label="签名">
              <Tag color={SIGNATURE[signature].color}>{SIGNATURE[signature].text}</Tag>
              <Text type="secondary">密钥标识 {key.keyId}</Text>
            </Descriptions.Item>
            <Descriptions.Item label="数据">
              <a href="/api/public/log/latest">检查点原文</a> · <a href="/api/public/log/key">公钥</a> ·{' '}
              <a href="/api/public/log/checkpoints">历次检查点</a>
            </Descriptions.Item>
          </Descriptions>
        )}
      </StatusView>
    </Card>
  );
}
