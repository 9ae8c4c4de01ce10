import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { witnessAct, witnessBundle } from '../../../services/ceremony.service.ts';
import { publicDrawService } from '../../../services/public-draw.service.ts';
import { planService } from '../../../services/plan.service.ts';
import { DrawIdParams, WitnessBody } from '../../schemas/draw.schema.ts';
import { PublicPlanSchema } from '../../schemas/plan.schema.ts';
import {
  PublicDrawDetailSchema,
  PublicDrawSummarySchema,
  PublicViewSchema,
  WitnessCodeBody,
} from '../../schemas/public-draw.schema.ts';

/**
 * Anonymous: approved plans, and every draw from its announcement — its public view once confirmed
 * (DRAW.md §9); the full bundle only for a witness with its code. Response schemas are the allow-lists (R-N.10).
 */
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
        response: { 200: Type.Object({ draws: Type.Array(PublicDrawSummarySchema) }) },
      },
    },
    async () => ({ draws: await publicDrawService.list(db()) }),
  );
  app.get(
    '/draws/:drawId',
    {
      schema: {
        operationId: 'getPublicDraw',
        tags,
        params: DrawIdParams,
        response: { 200: Type.Object({ draw: PublicDrawDetailSchema }) },
      },
    },
    async (req) => ({ draw: await publicDrawService.get(db(), req.params.drawId) }),
  );
  app.get(
    '/draws/:drawId/view',
    {
      schema: {
        operationId: 'getPublicDrawView',
        tags,
        params: DrawIdParams,
        response: { 200: PublicViewSchema },
      },
    },
    async (req, reply) => {
      const view = await publicDrawService.view(db(), req.params.drawId);
      void reply.header(
        'content-disposition',
        `attachment; filename="${encodeURIComponent(req.params.drawId)}.public.json"`,
      );
      return view;
    },
  );
  app.post(
    '/draws/:drawId/bundle',
    { schema: { operationId: 'getWitnessDrawBundle', tags, params: DrawIdParams, body: WitnessCodeBody } },
    async (req) => witnessBundle(db(), req.params.drawId, req.body.code),
  );
  app.post(
    '/draws/:drawId/witness',
    { schema: { operationId: 'actAsWitness', tags, params: DrawIdParams, body: WitnessBody } },
    async (req) => ({
      draw: await witnessAct(db(), req.params.drawId, req.body.code, req.body),
    }),
  );
};
