// Why records are not eligible: counts per exclusion code, for entities (1–5) and inspectors (1–3).
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useI18n } from '../../../../locales/use-i18n.ts';
import type { TaskDetail } from '../../../../services/types.ts';
import { entityExclusionKey, inspectorExclusionKey } from '../../components/exclusion-labels.ts';

interface ExclusionsCardProps {
  readonly task: TaskDetail;
  readonly onPick: (exclusion: number) => void;
}

export default function ExclusionsCard({ task, onPick }: ExclusionsCardProps) {
  const { t } = useI18n();
  const entity = (['1', '2', '3', '4', '5'] as const).map((code) => ({ code, n: task.exclusions[code] }));
  const inspector = (['1', '2', '3'] as const).map((code) => ({ code, n: task.inspectorExclusions[code] }));
  return (
    <Card size="small" title={t('task.exclusions')} className="exclusions-card">
      <Typography.Text strong>{t('task.entityExclusions')}</Typography.Text>
      <Row gutter={[8, 8]} style={{ margin: '8px 0 16px' }}>
        {entity.map(({ code, n }) => (
          <Col key={code} xs={12} md={8} xl={4}>
            <Card size="small" hoverable onClick={() => onPick(Number(code))} data-exclusion={code}>
              <Statistic
                title={`${code} ${t(entityExclusionKey(Number(code)))}`}
                value={n}
                styles={{ content: { color: n ? '#cf1322' : undefined, fontSize: 20 } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text strong>{t('task.inspectorExclusions')}</Typography.Text>
      <Row gutter={[8, 8]} style={{ marginTop: 8 }}>
        {inspector.map(({ code, n }) => (
          <Col key={code} xs={12} md={8}>
            <Card size="small">
              <Statistic
                title={`${code} ${t(inspectorExclusionKey(Number(code)))}`}
                value={n}
                styles={{ content: { color: n ? '#cf1322' : undefined, fontSize: 20 } }}
              />
            </Card>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
