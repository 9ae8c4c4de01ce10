import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assessmentService } from '../../../services/assessment.service.ts';
import { todoService } from '../../../services/todo.service.ts';
import { actorOf } from '../../auth.ts';
import { exportService } from '../../../services/export.service.ts';
import { exportReply } from '../../file-reply.ts';
import { fileResponse, XLSX } from '../../schemas/media.schema.ts';
import { AssessmentQuery, AssessmentResponse, TodoResponse } from '../../schemas/assessment.schema.ts';

/** the assessment dashboard and the home page's to-do list. */
export const assessmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['assessment'];

  app.get(
    '/assessment',
    {
      schema: {
        operationId: 'getAssessment',
        tags,
        querystring: AssessmentQuery,
        response: { 200: AssessmentResponse },
      },
    },
    async (req) => assessmentService.figures(db(), actorOf(req), req.query),
  );
  app.get(
    '/todo',
    { schema: { operationId: 'listTodo', tags, response: { 200: TodoResponse } } },
    async (req) => todoService.list(db(), actorOf(req)),
  );
  app.get(
    '/assessment/statistics.xlsx',
    {
      schema: {
        operationId: 'exportAssessmentStatistics',
        tags,
        querystring: AssessmentQuery,
        response: { 200: fileResponse('年度抽查统计报表（Excel，多个工作表）', [XLSX]) },
      },
    },
    async (req, reply) => exportReply(reply, await exportService.statistics(db(), actorOf(req), req.query)),
  );
};
