import type { FastifyInstance } from 'fastify';
import {
  ConflictView,
  EntityDetailView,
  EntitySummaryView,
  ImportReportView,
  InspectorSummaryView,
  UnavailabilityView,
} from './directory.view.ts';
import { DrawListRowView, ReplacementApplicationView } from './draw.view.ts';
import {
  AttachmentRefView,
  DrawnEntityRowView,
  EntityRefView,
  FollowUpView,
  InspectionRecordView,
  InspectionSummaryView,
  ReportView,
  ResultCodeView,
  ResultRowView,
  SignatureRefView,
  TeamMemberView,
} from './inspection.view.ts';
import { ItemSummaryView, ItemVersionView, ItemWithVersionsResponse } from './item.view.ts';
import {
  ConflictRowView,
  DrawSummaryView,
  InspectorPoolRowView,
  OfficerView,
  PlanDetailView,
  PlanSummaryView,
  PoolRowView,
  TargetedInspectionView,
  TaskDetailView,
  TaskSummaryView,
} from './plan.view.ts';
import { AuditEventView, CurrentUserView, RegionView, UnitView } from './org.view.ts';
import { CalendarYearView } from './calendar.view.ts';
import { AccountView } from './account.schema.ts';

/** Every schema a response names by ref(): registered once, each a named component of the OpenAPI document. */
const SHARED = [
  CurrentUserView,
  UnitView,
  RegionView,
  AuditEventView,
  ItemSummaryView,
  ItemVersionView,
  ItemWithVersionsResponse,
  EntitySummaryView,
  EntityDetailView,
  InspectorSummaryView,
  UnavailabilityView,
  ConflictView,
  ImportReportView,
  PlanSummaryView,
  PlanDetailView,
  DrawSummaryView,
  TaskSummaryView,
  TaskDetailView,
  PoolRowView,
  InspectorPoolRowView,
  ConflictRowView,
  TargetedInspectionView,
  OfficerView,
  EntityRefView,
  TeamMemberView,
  AttachmentRefView,
  SignatureRefView,
  InspectionRecordView,
  InspectionSummaryView,
  DrawnEntityRowView,
  ReportView,
  ResultRowView,
  ResultCodeView,
  FollowUpView,
  CalendarYearView,
  DrawListRowView,
  ReplacementApplicationView,
  AccountView,
];

export function addSharedSchemas(app: FastifyInstance): void {
  for (const schema of SHARED) app.addSchema(schema);
}
