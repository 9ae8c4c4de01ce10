// A digest or nonce: monospace, wraps on a phone (or shortened in tables), always copyable in full.
import { Typography } from 'antd';

export default function HexText({ hex, short }: { readonly hex: string; readonly short?: boolean }) {
  const shown = short && hex.length > 24 ? `${hex.slice(0, 10)}…${hex.slice(-6)}` : hex;
  return (
    <Typography.Text className="hex" title={hex} copyable={{ text: hex, tooltips: ['复制', '已复制'] }}>
      {shown}
    </Typography.Text>
  );
}
