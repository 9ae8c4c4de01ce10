import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { planService } from '../../../services/plan.service.ts';
import { actorOf } from '../../auth.ts';
import { blankToUndefined, IdParams } from '../../schemas/common.schema.ts';
import { PlanInputSchema, PlanListQuery } from '../../schemas/plan.schema.ts';

export const planRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['plans'];

  app.get('', { schema: { operationId: 'listPlans', tags, querystring: PlanListQuery } }, async (req) => ({
    plans: await planService.list(db(), actorOf(req), {
      year: req.query.year,
      status: blankToUndefined(req.query.status),
    }),
  }));
  app.get('/:id', { schema: { operationId: 'getPlan', tags, params: IdParams } }, async (req) => ({
    plan: await planService.get(db(), actorOf(req), req.params.id),
  }));
  app.post('', { schema: { operationId: 'createPlan', tags, body: PlanInputSchema } }, async (req, reply) =>
    reply.status(201).send({ plan: await planService.create(db(), actorOf(req), req.body) }),
  );
  app.put(
    '/:id',
    { schema: { operationId: 'updatePlan', tags, params: IdParams, body: PlanInputSchema } },
    async (req) => ({
      plan: await planService.update(db(), actorOf(req), req.params.id, req.body),
    }),
  );
  app.post(
    '/:id/approve',
    { schema: { operationId: 'approvePlan', tags, params: IdParams } },
    async (req) => ({
      plan: await planService.approve(db(), actorOf(req), req.params.id),
    }),
  );
};
