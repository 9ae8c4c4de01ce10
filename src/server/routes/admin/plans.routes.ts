import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { planService } from '../../../services/plan.service.ts';
import { documentService } from '../../../services/document.service.ts';
import { actorOf } from '../../auth.ts';
import { fileReply, originOf, pdfResponse } from '../../file-reply.ts';
import { PDF } from '../../schemas/media.schema.ts';
import { blankToUndefined, IdParams } from '../../schemas/common.schema.ts';
import { PlanInputSchema, PlanListQuery } from '../../schemas/plan.schema.ts';
import { PlanListResponse, PlanResponse } from '../../schemas/plan.view.ts';

export const planRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['plans'];

  app.get(
    '',
    {
      schema: {
        operationId: 'listPlans',
        tags,
        querystring: PlanListQuery,
        response: { 200: PlanListResponse },
      },
    },
    async (req) => ({
      plans: await planService.list(db(), actorOf(req), {
        year: req.query.year,
        status: blankToUndefined(req.query.status),
        unitId: req.query.unitId,
      }),
    }),
  );
  app.get(
    '/:id',
    { schema: { operationId: 'getPlan', tags, params: IdParams, response: { 200: PlanResponse } } },
    async (req) => ({
      plan: await planService.get(db(), actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/:id/plan.pdf',
    {
      schema: {
        operationId: 'getAnnualPlanPdf',
        tags,
        params: IdParams,
        response: pdfResponse('年度抽查计划（PDF，A4）'),
      },
    },
    async (req, reply) =>
      fileReply(
        reply,
        PDF,
        await documentService.annualPlan(db(), actorOf(req), req.params.id, originOf(req)),
      ),
  );
  app.post(
    '',
    { schema: { operationId: 'createPlan', tags, body: PlanInputSchema, response: { 201: PlanResponse } } },
    async (req, reply) =>
      reply.status(201).send({ plan: await planService.create(db(), actorOf(req), req.body) }),
  );
  app.put(
    '/:id',
    {
      schema: {
        operationId: 'updatePlan',
        tags,
        params: IdParams,
        body: PlanInputSchema,
        response: { 200: PlanResponse },
      },
    },
    async (req) => ({
      plan: await planService.update(db(), actorOf(req), req.params.id, req.body),
    }),
  );
  app.post(
    '/:id/approve',
    { schema: { operationId: 'approvePlan', tags, params: IdParams, response: { 200: PlanResponse } } },
    async (req) => ({
      plan: await planService.approve(db(), actorOf(req), req.params.id),
    }),
  );
};
