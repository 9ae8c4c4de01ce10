import { Type } from 'typebox';
import { TODO_KINDS } from '../../services/todo.service.ts';
import { DateString } from './common.schema.ts';
import { List, Nullable, StringEnum } from './ref.ts';

const Uuid = Type.String({ format: 'uuid' });
const Int = (description?: string) => Type.Integer(description ? { description } : {});
const Flag = Nullable(StringEnum(['red', 'yellow'], { description: 'red 已逾期，yellow 临近期限' }));

/** the unit subtree (a department narrows it) and the period: a year, or from/to. */
export const AssessmentQuery = Type.Object({
  unitId: Type.Optional(Uuid),
  departmentId: Type.Optional(Uuid),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
});

const PlanFigure = Type.Object({
  planId: Type.String(),
  code: Type.String(),
  name: Type.String(),
  year: Int(),
  status: Type.String(),
  unitName: Type.String(),
  roundsPlanned: Int('计划轮次'),
  roundsDue: Int('已到期的轮次（时间窗已过）'),
  roundsDrawn: Int('已确认抽取的轮次'),
  plannedRateBp: Int('计划最低抽查比例（万分之）'),
  directory: Int('冻结名录中的主体数'),
  drawn: Int('抽中主体数'),
  inspected: Int('已检查的不同主体数'),
  overdueTasks: Int('抽取日期已过而未确认抽取的任务'),
  dueSoonTasks: Int('7 日内抽取的任务'),
  achievedBp: Int('实际抽查比例（万分之）'),
  completionPercent: Nullable(Int('已检查 / 抽中（%）')),
  meetsPlan: Type.Boolean(),
  meetsFloor: Type.Boolean({ description: '达到 2% 且 2 轮的底线' }),
  flag: Flag,
});

const Timeliness = Type.Object({
  approved: Int('期间内审核通过的结果'),
  onTime: Int('20 个工作日内公示'),
  late: Int('逾期后公示'),
  overdue: Int('已逾期未公示'),
  pending: Int('未到期未公示'),
  dueSoon: Int('5 日内到期未公示'),
  provisional: Int('暂定期限（节假日未录入）'),
  flag: Flag,
});

export const AssessmentResponse = Type.Object({
  scope: Type.Object({
    unitId: Type.String(),
    unitName: Type.String(),
    from: Type.String(),
    to: Type.String(),
    today: Type.String(),
  }),
  floor: Type.Object({ rateBp: Int(), rounds: Int() }),
  totals: Type.Object({
    plans: Int(),
    roundsPlanned: Int(),
    roundsDrawn: Int(),
    directory: Int(),
    drawn: Int(),
    inspected: Int(),
    overdueTasks: Int(),
    dueSoonTasks: Int(),
    overdueRounds: Int('时间窗已过或抽取日期已过而未抽取的轮次'),
    belowFloor: Int('未达底线的计划'),
  }),
  plans: List(PlanFigure),
  coverage: List(Type.Object({ year: Int(), directory: Int(), inspected: Int() })),
  resultCodes: List(Type.Object({ code: Type.String(), label: Type.String(), count: Int() })),
  timeliness: Timeliness,
  changes: Type.Object({
    total: Int(),
    pending: Int(),
    approved: Int(),
    rejected: Int(),
    entity: Int(),
    inspector: Int(),
    reasons: List(Type.Object({ reason: Type.String(), count: Int() })),
  }),
  joint: Type.Object({ tasks: Int(), joint: Int('多部门联合的任务') }),
  workload: List(Type.Object({ badgeNumber: Type.String(), name: Type.String(), records: Int() })),
  subordinates: List(
    Type.Object({
      unitId: Type.String(),
      name: Type.String(),
      plans: Int(),
      roundsPlanned: Int(),
      roundsDrawn: Int(),
      inspections: Int(),
      onTime: Int(),
      late: Int(),
    }),
  ),
});

export const TodoResponse = Type.Object({
  today: Type.String(),
  groups: List(
    Type.Object({
      kind: StringEnum(TODO_KINDS),
      items: List(
        Type.Object({
          id: Type.String({ description: '检查报告、抽取、任务、计划、导入或检查登记表的编号（依 kind）' }),
          label: Type.String(),
          detail: Nullable(Type.String()),
          code: Nullable(Type.String({ description: '事项编号：detail 为事项名称时' })),
          due: Nullable(Type.String()),
          provisional: Type.Boolean(),
          flag: Flag,
        }),
      ),
    }),
  ),
});
