// Review of a report (R-N.8): return / reject with an opinion, approve, publish; never by its author.
import { CheckOutlined, CloseOutlined, GlobalOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { useAccess, useCurrentUser } from '../../../current-user.tsx';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import type { Report } from '../../../services/types.ts';
import { reviewReport, type ReviewAction } from '../service.ts';
import ApproveDeadline from './approve-deadline.tsx';
import { REPORT_SIGNATURE_PREFIX, signAsOfficer } from '../../../utils/signing-key.ts';

type Pending = 'return' | 'reject' | 'approve' | 'publish';

export default function ReviewActions({
  report,
  onDone,
}: {
  readonly report: Report;
  readonly onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const access = useAccess();
  const { user } = useCurrentUser();
  const [pending, setPending] = useState<Pending>();
  const [opinion, setOpinion] = useState('');
  const [privacyApproval, setPrivacyApproval] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const status = report.review.status;
  const own = user?.id === report.authorId;
  const canReview = access.canReview && status === 'awaiting-review' && report.latest;
  const canPublish = access.canPublishResult && status === 'approved';
  if (!canReview && !canPublish) return null;

  const actionOf = async (step: Pending): Promise<ReviewAction> =>
    step === 'publish'
      ? { type: 'publish', privacyApproval }
      : step === 'approve'
        ? {
            type: 'approve',
            opinion: opinion.trim() || undefined,
            // Issue 10.4: the reviewer signs the approval with a key of their own, made in this browser.
            signature: await signAsOfficer(user!.id, report.approvalDigest, REPORT_SIGNATURE_PREFIX),
          }
        : { type: step, opinion };
  const run = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await reviewReport(report.id, await actionOf(pending));
      void message.success(t(`review.done.${pending}`));
      setPending(undefined);
      onDone();
    } catch (error) {
      const text = error instanceof RequestError ? error.message : t('signingKeys.signFailed');
      setProblem(
        error instanceof RequestError && error.code === 'self-review'
          ? `${text}（${t('review.selfExplain')}）`
          : text,
      );
    } finally {
      setBusy(false);
    }
  };
  const open = (next: Pending) => {
    setPending(next);
    setOpinion('');
    setProblem(undefined);
  };

  return (
    <Flex vertical gap={8}>
      {own && <Alert type="info" showIcon title={t('review.selfExplain')} />}
      <Flex gap={8} wrap>
        {canReview && (
          <>
            <Button icon={<RollbackOutlined />} disabled={own} onClick={() => open('return')}>
              {t('review.return')}
            </Button>
            <Button danger icon={<CloseOutlined />} disabled={own} onClick={() => open('reject')}>
              {t('review.reject')}
            </Button>
            <Button type="primary" icon={<CheckOutlined />} disabled={own} onClick={() => open('approve')}>
              {t('review.approve')}
            </Button>
          </>
        )}
        {canPublish && (
          <Button type="primary" icon={<GlobalOutlined />} onClick={() => open('publish')}>
            {t('review.publish')}
          </Button>
        )}
      </Flex>
      <Modal
        open={pending !== undefined}
        title={pending ? t(`review.title.${pending}`) : ''}
        okText={pending ? t(`review.${pending}`) : ''}
        okButtonProps={{ loading: busy, danger: pending === 'reject' }}
        onOk={() => void run()}
        onCancel={() => setPending(undefined)}
        destroyOnHidden
      >
        <Flex vertical gap={8}>
          {pending === 'publish' ? (
            <>
              <Alert type="info" showIcon title={t('review.publishExplain')} />
              {report.review.needsPrivacyApproval && (
                <Checkbox checked={privacyApproval} onChange={(e) => setPrivacyApproval(e.target.checked)}>
                  {t('review.privacyApproval')}
                </Checkbox>
              )}
            </>
          ) : (
            <Input.TextArea
              autoSize={{ minRows: 3 }}
              value={opinion}
              onChange={(e) => setOpinion(e.target.value)}
              placeholder={pending === 'approve' ? t('review.opinionOptional') : t('review.opinionRequired')}
              aria-label={t('review.opinion')}
            />
          )}
          {pending === 'approve' && <ApproveDeadline />}
          {problem && <Alert type="error" showIcon title={problem} />}
        </Flex>
      </Modal>
    </Flex>
  );
}
