// Bulk import of a directory: template download, one CSV/XLSX upload, then the import report.
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Progress, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../locales/use-i18n.ts';
import { request } from '../request.ts';
import type { ImportReport } from '../services/types.ts';
import ImportReportView from './import-report.tsx';

interface ImportDrawerProps {
  readonly open: boolean;
  readonly title: string;
  readonly templateUrl: string;
  readonly importUrl: string;
  readonly onClose: () => void;
  /** Called after an import that changed something, so the list can reload. */
  readonly onImported: () => void;
}

export default function ImportDrawer({
  open,
  title,
  templateUrl,
  importUrl,
  onClose,
  onImported,
}: ImportDrawerProps) {
  const { t } = useI18n();
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<ImportReport>();
  // A large file: first the bytes going up (a bar), then the server checking and writing (seconds counted).
  const [sent, setSent] = useState(0);
  const [checkingFor, setCheckingFor] = useState(0);
  const checking = uploading && sent >= 1;

  useEffect(() => {
    if (!checking) return;
    const started = Date.now();
    const timer = setInterval(() => setCheckingFor(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [checking]);

  const upload = async (file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    // The last file's report must not stay beside a new upload (it would read as this file's).
    setReport(undefined);
    setSent(0);
    setCheckingFor(0);
    setUploading(true);
    try {
      const answer = await request<ImportReport>(importUrl, {
        method: 'POST',
        body,
        onUploadProgress: setSent,
      });
      setReport(answer);
      if (answer.imported + answer.updated > 0) onImported();
    } catch {
      // Shown by the request error handler (413 file-too-large, 415 not-a-spreadsheet / legacy-xls …).
    } finally {
      setUploading(false);
    }
  };

  const close = () => {
    setReport(undefined);
    onClose();
  };

  return (
    <Drawer
      open={open}
      title={title}
      size={760}
      onClose={close}
      destroyOnHidden
      extra={
        <Button icon={<DownloadOutlined />} href={templateUrl} download>
          {t('import.template')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Alert showIcon type="info" title={t('import.hint')} description={t('import.hintDetail')} />
        {uploading && (
          <div className="import-progress">
            <Progress percent={Math.floor(sent * 100)} status="active" />
            <Typography.Text type="secondary">
              {checking ? t('import.checking', { seconds: checkingFor }) : t('import.sending')}
            </Typography.Text>
          </div>
        )}
        <Spin spinning={uploading} description={t('import.uploading')}>
          <Upload.Dragger
            accept=".csv,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('import.drop')}</p>
            <p className="ant-upload-hint">{t('import.formats')}</p>
          </Upload.Dragger>
        </Spin>
        {report ? (
          <ImportReportView
            report={report}
            errorsPath={importUrl.replace(/\/import$/, `/imports/${encodeURIComponent(report.id)}/errors`)}
          />
        ) : (
          <Typography.Text type="secondary">{t('import.noReport')}</Typography.Text>
        )}
      </Flex>
    </Drawer>
  );
}
