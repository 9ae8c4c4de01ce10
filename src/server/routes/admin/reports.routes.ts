import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NATIONAL_RESULT_CODE_SET } from '../../../domain/inspection/result-code.ts';
import { calendarService } from '../../../services/calendar.service.ts';
import { followUpService } from '../../../services/follow-up.service.ts';
import { inspectionReportService, type ReportInput } from '../../../services/inspection-report.service.ts';
import { actorOf } from '../../auth.ts';
import { exportService } from '../../../services/export.service.ts';
import { documentService } from '../../../services/document.service.ts';
import { exportReply, fileReply, originOf, pdfResponse } from '../../file-reply.ts';
import { PDF } from '../../schemas/media.schema.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';
import { blankToUndefined, IdParams } from '../../schemas/common.schema.ts';
import {
  ApproveBody,
  CalendarYearBody,
  CalendarYearParams,
  DeadlineQuery,
  FollowUpCloseBody,
  FollowUpQuery,
  FollowUpStartBody,
  OpinionBody,
  PublishBody,
  ReportBody,
  ReportListQuery,
} from '../../schemas/inspection.schema.ts';
import {
  FollowUpListResponse,
  FollowUpResponse,
  ReportResponse,
  ResultCodesResponse,
  ResultPageResponse,
} from '../../schemas/inspection.view.ts';
import {
  CalendarYearPutResponse,
  CalendarYearsResponse,
  DeadlineResponse,
} from '../../schemas/calendar.view.ts';

/** Reports and their review (R-N.8), follow-ups (R-N.11) and the working-day calendar (R-N.9). */
export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['reports'];

  app.post(
    '/inspections/:id/report',
    {
      schema: {
        operationId: 'submitReport',
        tags,
        params: IdParams,
        body: ReportBody,
        response: { 201: ReportResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        report: await inspectionReportService.submit(
          db(),
          actorOf(req),
          req.params.id,
          req.body as ReportInput,
        ),
      }),
  );
  app.get(
    '/reports',
    {
      schema: {
        operationId: 'listReports',
        tags,
        querystring: ReportListQuery,
        response: { 200: ResultPageResponse },
      },
    },
    async (req) => {
      const { page = 1, pageSize = 20, status, ...rest } = req.query;
      return inspectionReportService.list(
        db(),
        actorOf(req),
        { ...rest, status: blankToUndefined(status) },
        { page, pageSize },
      );
    },
  );
  app.get(
    '/reports/export',
    {
      schema: {
        operationId: 'exportReports',
        tags,
        querystring: exportQuery(ReportListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', status, ...rest } = req.query;
      const filter = { ...rest, status: blankToUndefined(status) };
      return exportReply(reply, await exportService.results(db(), actorOf(req), filter, format));
    },
  );
  app.get(
    '/reports/:id',
    { schema: { operationId: 'getReport', tags, params: IdParams, response: { 200: ReportResponse } } },
    async (req) => ({
      report: await inspectionReportService.get(db(), actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/reports/:id/report.pdf',
    {
      schema: {
        operationId: 'getInspectionReportPdf',
        tags,
        params: IdParams,
        response: pdfResponse('检查结果报告（PDF，A4）'),
      },
    },
    async (req, reply) =>
      fileReply(
        reply,
        PDF,
        await documentService.inspectionReport(db(), actorOf(req), req.params.id, originOf(req)),
      ),
  );
  app.post(
    '/reports/:id/return',
    {
      schema: {
        operationId: 'returnReport',
        tags,
        params: IdParams,
        body: OpinionBody,
        response: { 200: ReportResponse },
      },
    },
    async (req) => ({
      report: await inspectionReportService.act(db(), actorOf(req), req.params.id, {
        type: 'return',
        opinion: req.body.opinion,
      }),
    }),
  );
  app.post(
    '/reports/:id/reject',
    {
      schema: {
        operationId: 'rejectReport',
        tags,
        params: IdParams,
        body: OpinionBody,
        response: { 200: ReportResponse },
      },
    },
    async (req) => ({
      report: await inspectionReportService.act(db(), actorOf(req), req.params.id, {
        type: 'reject',
        opinion: req.body.opinion,
      }),
    }),
  );
  app.post(
    '/reports/:id/approve',
    {
      schema: {
        operationId: 'approveReport',
        tags,
        params: IdParams,
        body: ApproveBody,
        response: { 200: ReportResponse },
      },
    },
    async (req) => ({
      report: await inspectionReportService.act(db(), actorOf(req), req.params.id, {
        type: 'approve',
        opinion: req.body.opinion ?? null,
        signature: req.body.signature,
      }),
    }),
  );
  app.post(
    '/reports/:id/publish',
    {
      schema: {
        operationId: 'publishReport',
        tags,
        params: IdParams,
        body: PublishBody,
        response: { 200: ReportResponse },
      },
    },
    async (req) => ({
      report: await inspectionReportService.act(db(), actorOf(req), req.params.id, {
        type: 'publish',
        privacyApproval: req.body.privacyApproval ?? false,
      }),
    }),
  );
  app.get(
    '/result-codes',
    { schema: { operationId: 'listResultCodes', tags, response: { 200: ResultCodesResponse } } },
    async () => ({
      codes: NATIONAL_RESULT_CODE_SET,
    }),
  );

  app.get(
    '/follow-ups',
    {
      schema: {
        operationId: 'listFollowUps',
        tags,
        querystring: FollowUpQuery,
        response: { 200: FollowUpListResponse },
      },
    },
    async (req) => ({
      rows: await followUpService.list(db(), actorOf(req), {
        ...req.query,
        state: blankToUndefined(req.query.state),
      }),
    }),
  );
  app.post(
    '/follow-ups/:id/start',
    {
      schema: {
        operationId: 'startFollowUp',
        tags,
        params: IdParams,
        body: FollowUpStartBody,
        response: { 200: FollowUpResponse },
      },
    },
    async (req) => ({
      followUp: await followUpService.advance(db(), actorOf(req), req.params.id, {
        type: 'start',
        on: req.body.on,
      }),
    }),
  );
  app.post(
    '/follow-ups/:id/close',
    {
      schema: {
        operationId: 'closeFollowUp',
        tags,
        params: IdParams,
        body: FollowUpCloseBody,
        response: { 200: FollowUpResponse },
      },
    },
    async (req) => ({
      followUp: await followUpService.advance(db(), actorOf(req), req.params.id, {
        type: 'close',
        ...req.body,
      }),
    }),
  );

  app.get(
    '/calendar/years',
    {
      schema: {
        operationId: 'listCalendarYears',
        tags: ['calendar'],
        response: { 200: CalendarYearsResponse },
      },
    },
    async () => calendarService.years(db()),
  );
  app.put(
    '/calendar/years/:year',
    {
      schema: {
        operationId: 'putCalendarYear',
        tags: ['calendar'],
        params: CalendarYearParams,
        body: CalendarYearBody,
        response: { 200: CalendarYearPutResponse },
      },
    },
    async (req) => calendarService.put(db(), actorOf(req), req.params.year, req.body),
  );
  app.get(
    '/calendar/deadline',
    {
      schema: {
        operationId: 'getPublicationDeadline',
        tags: ['calendar'],
        querystring: DeadlineQuery,
        response: { 200: DeadlineResponse },
      },
    },
    async (req) => calendarService.deadline(db(), req.query.from),
  );
};
