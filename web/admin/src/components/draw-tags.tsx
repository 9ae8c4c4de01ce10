// Status tags of plans, tasks, draws and change applications, shared by their pages.
import { Tag } from 'antd';
import { useI18n } from '../locales/use-i18n.ts';
import type { ApplicationStatus, DrawStatus, PlanStatus, TaskStatus } from '../services/types.ts';

const DRAW_COLORS: Readonly<Record<DrawStatus, string>> = {
  announced: 'blue',
  revealing: 'geekblue',
  revealed: 'purple',
  computed: 'orange',
  confirmed: 'green',
  aborted: 'red',
};

export function DrawStatusTag({ status }: { readonly status: DrawStatus }) {
  const { t } = useI18n();
  return <Tag color={DRAW_COLORS[status]}>{t(`draw.status.${status}`)}</Tag>;
}

export function PlanStatusTag({ status }: { readonly status: PlanStatus }) {
  const { t } = useI18n();
  return <Tag color={status === 'approved' ? 'green' : 'gold'}>{t(`plan.status.${status}`)}</Tag>;
}

const TASK_COLORS: Readonly<Record<TaskStatus, string>> = {
  ready: 'blue',
  drawing: 'orange',
  drawn: 'green',
};

export function TaskStatusTag({ status }: { readonly status: TaskStatus }) {
  const { t } = useI18n();
  return <Tag color={TASK_COLORS[status]}>{t(`task.status.${status}`)}</Tag>;
}

const APPLICATION_COLORS: Readonly<Record<ApplicationStatus, string>> = {
  pending: 'gold',
  approved: 'green',
  rejected: 'red',
};

export function ApplicationStatusTag({ status }: { readonly status: ApplicationStatus }) {
  const { t } = useI18n();
  return <Tag color={APPLICATION_COLORS[status]}>{t(`change.status.${status}`)}</Tag>;
}
