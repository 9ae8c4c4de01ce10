// Where the draft is: on the server, only on this phone, or being saved.
import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  DisconnectOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import { formatDateTime } from '../../../../utils/format.ts';
import type { SyncState } from './use-record-draft.ts';

export default function SyncStatus({ sync }: { readonly sync: SyncState }) {
  const { t } = useI18n();
  switch (sync.kind) {
    case 'saved':
      return (
        <Typography.Text type="success" data-testid="sync-status">
          <CheckCircleOutlined /> {t('record.sync.saved', { at: formatDateTime(sync.at) })}
        </Typography.Text>
      );
    case 'offline':
      return (
        <Typography.Text type="warning" data-testid="sync-status">
          <DisconnectOutlined /> {t('record.sync.offline')}
        </Typography.Text>
      );
    case 'error':
      return (
        <Typography.Text type="danger" data-testid="sync-status">
          <WarningOutlined /> {sync.message}
        </Typography.Text>
      );
    default:
      return (
        <Typography.Text type="secondary" data-testid="sync-status">
          <CloudSyncOutlined /> {t('record.sync.pending')}
        </Typography.Text>
      );
  }
}
