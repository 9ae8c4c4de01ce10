// R-N.9: the last on-time publication day of a result approved on a given day, on the official calendar.
import { Alert, Button, Card, DatePicker, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import { fetchDeadline, type Deadline } from '../service.ts';

type Answer = ({ readonly ok: true } & Deadline) | { readonly ok: false; readonly message: string };

export default function DeadlineCheck() {
  const { t } = useI18n();
  const [from, setFrom] = useState<Dayjs | null>(dayjs());
  const [answer, setAnswer] = useState<Answer>();
  const [loading, setLoading] = useState(false);

  const check = async () => {
    if (!from) return;
    setLoading(true);
    setAnswer(undefined);
    try {
      setAnswer({ ok: true, ...(await fetchDeadline(from.format('YYYY-MM-DD'))) });
    } catch (error) {
      setAnswer({ ok: false, message: error instanceof RequestError ? error.message : t('error.network') });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card size="small" title={t('calendar.deadline.title')}>
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('calendar.deadline.help')}</Typography.Text>
        <Flex gap={8} wrap>
          <DatePicker
            id="deadline-from"
            value={from}
            onChange={(value) => {
              setFrom(value);
              setAnswer(undefined);
            }}
          />
          <Button type="primary" loading={loading} disabled={!from} onClick={() => void check()}>
            {t('calendar.deadline.check')}
          </Button>
        </Flex>
        {answer && (
          <Alert
            data-testid="deadline-result"
            type={answer.ok && !answer.provisional ? 'success' : 'warning'}
            showIcon
            title={
              answer.ok
                ? t('calendar.deadline.result', { from: answer.from, deadline: answer.deadline })
                : answer.message
            }
            description={
              answer.ok &&
              answer.provisional &&
              t('calendar.deadline.provisional', { years: answer.missingYears.join('、') })
            }
          />
        )}
      </Flex>
    </Card>
  );
}
