// Every check with its result (✓ passed, ✗ failed, — not run), the verdict, and what the public
// view cannot show.
import { Alert, Card, Flex, Typography } from 'antd';
import { FULL_BUNDLE_READERS, PUBLIC_CANNOT_CHECK } from '../../../../src/domain/draw/public-check-labels.ts';
import type { ReportCheck, VerifyReport } from './report.ts';
import { verdictOf } from './verdict.ts';

const KIND_LABEL: Readonly<Record<VerifyReport['kind'], string>> = {
  'public-view': 'RDRAW-2 公开视图 · 公开核验',
  bundle: '完整数据包 · 完整核验',
  unknown: '无法识别的文件',
};

function Mark({ passed }: { readonly passed: boolean | null }) {
  if (passed === true)
    return (
      <span className="check-mark check-pass" aria-label="通过">
        ✓
      </span>
    );
  if (passed === false)
    return (
      <span className="check-mark check-fail" aria-label="未通过">
        ✗
      </span>
    );
  return (
    <span className="check-mark check-skip" aria-label="未运行">
      —
    </span>
  );
}

/** Issue 10.4: each signer's own signature over the rebuilt statement, ✓ or ✗. */
function Signers({ signers }: { readonly signers: NonNullable<VerifyReport['signers']> }) {
  return (
    <ul className="signer-list">
      {signers.map((r, k) => (
        <li key={`${r.signer}-${k}`} className="signer-row" data-ok={String(r.ok)}>
          <Mark passed={r.ok} /> {r.signer.startsWith(r.role) ? r.signer : `${r.role} ${r.signer}`}
          {r.ok && r.role === '平台（系统）' && (
            <Typography.Text type="secondary">（平台记录，不是个人签名）</Typography.Text>
          )}
          {r.problem && <Typography.Text type="danger">：{r.problem}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}

function CheckRow({ check, report }: { readonly check: ReportCheck; readonly report: VerifyReport }) {
  return (
    <li className="check-row" data-check={check.id} data-passed={String(check.passed)}>
      <Mark passed={check.passed} />
      <div className="check-text">
        <div>{check.title}</div>
        {check.detail && (
          <Typography.Text type={check.passed === false ? 'danger' : 'secondary'}>
            {check.detail}
          </Typography.Text>
        )}
        {check.id === 'signatures' && report.signers && <Signers signers={report.signers} />}
      </div>
    </li>
  );
}

export default function VerifyResult({
  report,
  subject,
  ms,
}: {
  readonly report: VerifyReport;
  readonly subject: string | undefined;
  readonly ms: number | undefined;
}) {
  return (
    <Flex vertical gap={12} className="verify-result">
      <Alert
        className="verify-verdict"
        type={report.ok ? 'success' : 'error'}
        showIcon
        title={verdictOf(report)}
      />
      <Typography.Text type="secondary">
        {KIND_LABEL[report.kind]}
        {subject ? ` · ${subject}` : ''}
        {report.suite ? ` · ${report.suite}` : ''}
        {ms !== undefined ? ` · 用时 ${ms < 1000 ? `${ms} 毫秒` : `${(ms / 1000).toFixed(1)} 秒`}` : ''}
      </Typography.Text>
      <ul className="check-list">
        {report.checks.map((c) => (
          <CheckRow key={c.id} check={c} report={report} />
        ))}
      </ul>
      {report.kind === 'public-view' && (
        <Card size="small" title="公开视图不能核验的内容">
          <ul className="cannot-list">
            {PUBLIC_CANNOT_CHECK.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {FULL_BUNDLE_READERS}
          </Typography.Paragraph>
        </Card>
      )}
    </Flex>
  );
}
