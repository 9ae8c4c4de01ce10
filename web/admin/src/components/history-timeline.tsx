// The audit events of one object (全程留痕), newest first.
import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../locales/use-i18n.ts';
import type { AuditEvent } from '../services/types.ts';
import { formatDateTime, shortDigest } from '../utils/format.ts';

export default function HistoryTimeline({ events }: { readonly events: readonly AuditEvent[] }) {
  const { t, tOr } = useI18n();
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />;
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);
  return (
    <Timeline
      items={newestFirst.map((event) => ({
        key: event.seq,
        content: (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(event.at)}
            </Typography.Text>
            <br />
            <Typography.Text strong>{event.actorName}</Typography.Text>{' '}
            <Typography.Text>{tOr(`action.${event.action}`, event.action)}</Typography.Text>
            {event.file && (
              <>
                <br />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('history.file', { name: event.file.name })} <code>{shortDigest(event.file.sha256)}</code>
                </Typography.Text>
              </>
            )}
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              #{event.seq} · {t('audit.digest')} <code>{shortDigest(event.digest)}</code>
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
