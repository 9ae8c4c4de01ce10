import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';

interface PersonalNumberProps {
  /** As the API lists it: masked. */
  readonly masked: string;
  /** The full number once the officer asked for it (audited), else null. */
  readonly full: string | null;
  /** Absent: the officer's roles do not allow the full number. */
  readonly onReveal?: () => void;
  readonly onHide: () => void;
}

/** A masked ID or phone number with the eye button 查看完整号码 beside it. */
export default function PersonalNumber({ masked, full, onReveal, onHide }: PersonalNumberProps) {
  const { t } = useI18n();
  const label = full ? t('personalData.hide') : t('personalData.reveal');
  return (
    <Space size={2}>
      <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
        {full ?? masked}
      </Typography.Text>
      {onReveal && (
        <Tooltip title={label}>
          <Button
            type="text"
            size="small"
            aria-label={label}
            icon={full ? <EyeInvisibleOutlined /> : <EyeOutlined />}
            onClick={full ? onHide : onReveal}
          />
        </Tooltip>
      )}
    </Space>
  );
}
