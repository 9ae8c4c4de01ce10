// 抽查计划 editor: a new plan or a draft, checked live by the server's rules; the leader approves.
import { CheckCircleOutlined, FilePdfOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PlanStatusTag } from '../../../components/draw-tags.tsx';
import NotFound from '../../../components/not-found.tsx';
import PageContainer from '../../../components/page-container.tsx';
import PageLoading from '../../../components/page-loading.tsx';
import { downloadFile } from '../../../download.ts';
import { useAccess, useCurrentUser } from '../../../current-user.tsx';
import { useRequest } from '../../../hooks/use-request.ts';
import { useI18n } from '../../../locales/use-i18n.ts';
import { RequestError } from '../../../request.ts';
import { requestErrorConfig } from '../../../requestErrorConfig.ts';
import { fetchUnits } from '../../../services/regions.ts';
import type { FieldProblem, PlanDetail } from '../../../services/types.ts';
import { fetchItems } from '../../items/service.ts';
import { approvePlan, createPlan, fetchPlan, updatePlan } from '../service.ts';
import { useHigherRules, useLiveProblems } from './components/plan-checks.ts';
import PlanForm from './components/plan-form.tsx';
import {
  emptyPlanValues,
  inputOfValues,
  problemsByField,
  valuesOfPlan,
  type PlanFormValues,
} from './components/plan-form-values.ts';
import PlanTasks from './components/plan-tasks.tsx';

const isProblemList = (details: unknown): details is FieldProblem[] =>
  Array.isArray(details) && details.every((d) => typeof d === 'object' && d !== null && 'message' in d);

export default function PlanEditorPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const { user } = useCurrentUser();
  const access = useAccess();
  const navigate = useNavigate();
  const [form] = Form.useForm<PlanFormValues>();
  const [saving, setSaving] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const detail = useRequest(() => (id ? fetchPlan(id) : Promise.resolve(undefined)), [id]);
  const items = useRequest(() => fetchItems({ status: 'published' }), []);
  const units = useRequest(fetchUnits, []);
  const plan: PlanDetail | undefined = detail.data;
  const initialValues = useMemo(
    () => (plan ? valuesOfPlan(plan) : emptyPlanValues(user?.unit.id)),
    [plan, user],
  );
  const watched = Form.useWatch([], form) as PlanFormValues | undefined;
  const input = inputOfValues(watched ?? initialValues);
  const higherRules = useHigherRules(input.itemIds);
  const live = useLiveProblems(input, items.data ?? [], higherRules);
  const problems = useMemo(() => problemsByField([...live, ...serverProblems]), [live, serverProblems]);

  if (id && detail.loading && !plan) return <PageLoading />;
  if (id && !plan) return <NotFound subTitle={detail.error?.message} />;
  const editable = access.canEditPlan && (!plan || plan.status === 'draft');

  const save = async () => {
    setSaving(true);
    setServerProblems([]);
    try {
      const values = inputOfValues(form.getFieldsValue(true) as PlanFormValues);
      const saved = plan ? await updatePlan(plan.id, values) : await createPlan(values);
      void message.success(t('plan.saved', { code: saved.code }));
      if (plan) detail.reload();
      else void navigate(`/plans/${saved.id}`, { replace: true });
    } catch (error) {
      if (
        error instanceof RequestError &&
        error.code === 'validation-failed' &&
        isProblemList(error.details)
      ) {
        setServerProblems(error.details);
        void message.error(error.message.split('；')[0] ?? error.message);
      } else if (error instanceof RequestError) requestErrorConfig.errorHandler(error);
    } finally {
      setSaving(false);
    }
  };

  const approve = () => {
    modal.confirm({
      title: t('plan.approveTitle', { code: plan?.code ?? '' }),
      content: t('plan.approveExplain'),
      okText: t('plan.approveConfirm'),
      onOk: async () => {
        if (!plan) return;
        await approvePlan(plan.id);
        void message.success(t('plan.approved', { code: plan.code }));
        detail.reload();
      },
    });
  };

  return (
    <PageContainer
      title={plan ? plan.name : t('menu.plans.new')}
      subTitle={plan?.code}
      tags={plan && <PlanStatusTag status={plan.status} />}
      backTo="/plans"
      extra={
        <>
          {plan && (
            <Button
              icon={<FilePdfOutlined />}
              onClick={() => void downloadFile(`/api/admin/plans/${encodeURIComponent(plan.id)}/plan.pdf`)}
            >
              {t('plan.pdf')}
            </Button>
          )}
          {editable && (
            <Button icon={<SaveOutlined />} loading={saving} onClick={() => void save()}>
              {t('plan.save')}
            </Button>
          )}
          {plan?.status === 'draft' && access.canApprovePlan && (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              disabled={live.length > 0}
              onClick={approve}
            >
              {t('plan.approve')}
            </Button>
          )}
        </>
      }
    >
      {editable && (
        <Alert
          showIcon
          type={live.length ? 'warning' : 'success'}
          style={{ marginBottom: 12 }}
          className="plan-live-check"
          title={live.length ? t('plan.liveProblems', { count: live.length }) : t('plan.liveOk')}
        />
      )}
      {plan?.status === 'approved' && (
        <Alert showIcon type="info" style={{ marginBottom: 12 }} title={t('plan.approvedLocked')} />
      )}
      <PlanForm
        key={plan ? `${plan.id}:${plan.updatedAt}:${plan.status}` : 'new'}
        form={form}
        initialValues={initialValues}
        items={items.data ?? []}
        units={units.data ?? []}
        problems={problems}
        disabled={!editable}
        unitLocked={Boolean(plan)}
      />
      {plan && <PlanTasks plan={plan} onCreated={(taskId) => void navigate(`/tasks/${taskId}`)} />}
    </PageContainer>
  );
}
