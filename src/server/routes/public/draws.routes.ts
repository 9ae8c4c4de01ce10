import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { witnessAct } from '../../../services/ceremony.service.ts';
import { publicDrawService } from '../../../services/public-draw.service.ts';
import { planService } from '../../../services/plan.service.ts';
import { DrawIdParams, WitnessBody } from '../../schemas/draw.schema.ts';
import { PublicDrawSchema, PublicPlanSchema } from '../../schemas/plan.schema.ts';

/** Anonymous: approved plans, confirmed draws and their bundles; response schemas are the allow-lists (R-N.10). */
export const publicDrawRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/plans',
    {
      schema: {
        operationId: 'listPublicPlans',
        tags,
        querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }),
        response: { 200: Type.Object({ plans: Type.Array(PublicPlanSchema) }) },
      },
    },
    async (req) => ({ plans: await planService.published(db(), req.query.year) }),
  );
  app.get(
    '/draws',
    {
      schema: {
        operationId: 'listPublicDraws',
        tags,
        response: { 200: Type.Object({ draws: Type.Array(PublicDrawSchema) }) },
      },
    },
    async () => ({
      draws: await publicDrawService.list(db()),
    }),
  );
  app.get(
    '/draws/:drawId',
    {
      schema: {
        operationId: 'getPublicDraw',
        tags,
        params: DrawIdParams,
        response: { 200: Type.Object({ draw: PublicDrawSchema }) },
      },
    },
    async (req) => ({ draw: await publicDrawService.get(db(), req.params.drawId) }),
  );
  app.get(
    '/draws/:drawId/bundle',
    { schema: { operationId: 'getPublicDrawBundle', tags, params: DrawIdParams } },
    async (req) => publicDrawService.bundle(db(), req.params.drawId),
  );
  app.post(
    '/draws/:drawId/witness',
    { schema: { operationId: 'actAsWitness', tags, params: DrawIdParams, body: WitnessBody } },
    async (req) => ({
      draw: await witnessAct(db(), req.params.drawId, req.body.code, req.body),
    }),
  );
};
