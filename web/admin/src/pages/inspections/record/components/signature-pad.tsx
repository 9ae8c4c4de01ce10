// A touch-screen signature: pointer events on a canvas, kept as a PNG data URL.
import { ClearOutlined, CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useRef, useState, type PointerEvent } from 'react';
import { useI18n } from '../../../../locales/use-i18n.ts';

const WIDTH = 600;
const HEIGHT = 220;
// touch-action none: a finger draws instead of scrolling the page.
const padStyle = {
  width: '100%',
  maxWidth: WIDTH,
  aspectRatio: `${WIDTH} / ${HEIGHT}`,
  touchAction: 'none',
  border: '1px dashed #999',
  borderRadius: 8,
  background: '#fff',
} as const;
const imageStyle = {
  width: '100%',
  maxWidth: 300,
  border: '1px solid #eee',
  borderRadius: 8,
  background: '#fff',
};

interface SignaturePadProps {
  /** The signature taken so far (data URL or server file URL); null: not signed yet. */
  readonly value: string | null;
  readonly onChange: (dataUrl: string | null) => void;
  readonly label: string;
  readonly disabled?: boolean;
}

function pointOf(canvas: HTMLCanvasElement, event: PointerEvent): [number, number] {
  const box = canvas.getBoundingClientRect();
  return [
    ((event.clientX - box.left) * WIDTH) / box.width,
    ((event.clientY - box.top) * HEIGHT) / box.height,
  ];
}

export default function SignaturePad({ value, onChange, label, disabled }: SignaturePadProps) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [inked, setInked] = useState(false);

  if (value) {
    return (
      <Flex vertical gap={4} data-testid={`signature-${label}`}>
        <img src={value} alt={label} style={imageStyle} />
        {!disabled && (
          <Button icon={<EditOutlined />} onClick={() => onChange(null)} style={{ alignSelf: 'flex-start' }}>
            {t('signature.redo')}
          </Button>
        )}
      </Flex>
    );
  }

  const context = () => canvas.current?.getContext('2d') ?? null;
  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!ctx || !canvas.current || disabled) return;
    canvas.current.setPointerCapture(event.pointerId);
    drawing.current = true;
    const [x, y] = pointOf(canvas.current, event);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const ctx = context();
    if (!drawing.current || !ctx || !canvas.current) return;
    const [x, y] = pointOf(canvas.current, event);
    ctx.lineTo(x, y);
    ctx.stroke();
    setInked(true);
  };
  const up = () => {
    drawing.current = false;
  };
  const clear = () => {
    context()?.clearRect(0, 0, WIDTH, HEIGHT);
    setInked(false);
  };

  return (
    <Flex vertical gap={8} data-testid={`signature-${label}`}>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        style={padStyle}
        aria-label={t('signature.canvas', { who: label })}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
      />
      <Flex gap={8} wrap align="center">
        <Button icon={<ClearOutlined />} onClick={clear} disabled={!inked}>
          {t('signature.clear')}
        </Button>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          disabled={!inked}
          onClick={() => onChange(canvas.current?.toDataURL('image/png') ?? null)}
        >
          {t('signature.confirm')}
        </Button>
        <Typography.Text type="secondary">{t('signature.hint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
