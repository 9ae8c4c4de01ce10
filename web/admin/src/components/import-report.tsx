// The outcome of a directory import: valid rows are kept, each rejected row says where and why.
import { CheckCircleOutlined, CloseCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Row, Statistic, Table } from 'antd';
import { useI18n } from '../locales/use-i18n.ts';
import type { ImportReport, RejectedRow } from '../services/types.ts';
import ExportButton from './export-button.tsx';

interface ImportReportViewProps {
  readonly report: ImportReport;
  /** Where the refused rows download as Excel or CSV. */
  readonly errorsPath: string;
}

export default function ImportReportView({ report, errorsPath }: ImportReportViewProps) {
  const { t } = useI18n();
  const rejected = report.rejectedCount;
  const listed = report.rejected.length;
  return (
    <div>
      <Alert
        showIcon
        type={rejected === 0 ? 'success' : 'warning'}
        title={t(rejected === 0 ? 'import.doneClean' : 'import.doneWithRejects', {
          file: report.fileName,
          rejected,
        })}
        style={{ marginBottom: 12 }}
      />
      <Row gutter={12} style={{ marginBottom: 12 }}>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('import.imported')}
              value={report.imported}
              prefix={<CheckCircleOutlined />}
              styles={{ content: { color: '#389e0d' } }}
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('import.updated')}
              value={report.updated}
              prefix={<SyncOutlined />}
              suffix={
                report.unchanged > 0 && (
                  <span className="import-unchanged">
                    {t('import.unchangedCount', { n: report.unchanged })}
                  </span>
                )
              }
            />
          </Card>
        </Col>
        <Col span={8}>
          <Card size="small">
            <Statistic
              title={t('import.rejected')}
              value={rejected}
              prefix={<CloseCircleOutlined />}
              styles={{ content: { color: rejected ? '#cf1322' : undefined } }}
            />
          </Card>
        </Col>
      </Row>
      {listed < rejected && (
        <Alert
          type="info"
          title={t('import.listedFirst', { listed, rejected })}
          style={{ marginBottom: 12 }}
        />
      )}
      {rejected > 0 && (
        <Flex justify="end" style={{ marginBottom: 8 }}>
          <ExportButton path={errorsPath} />
        </Flex>
      )}
      {rejected > 0 && (
        <Table<RejectedRow>
          size="small"
          bordered
          rowKey={(row) => `${row.row}:${row.column}:${row.code}`}
          dataSource={[...report.rejected]}
          pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
          columns={[
            { title: t('import.row'), dataIndex: 'row', width: 72, sorter: (a, b) => a.row - b.row },
            { title: t('import.column'), dataIndex: 'column', width: 120 },
            // The message is the code's Chinese meaning; the code itself stays in the tooltip for support.
            {
              title: t('import.message'),
              dataIndex: 'message',
              render: (message: string, row) => <span title={row.code}>{message}</span>,
            },
          ]}
        />
      )}
    </div>
  );
}
