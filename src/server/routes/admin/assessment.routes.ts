import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { assessmentService } from '../../../services/assessment.service.ts';
import { todoService } from '../../../services/todo.service.ts';
import { actorOf } from '../../auth.ts';
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
};
