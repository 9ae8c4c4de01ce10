import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { witnessAct, witnessBundle } from '../../../services/ceremony.service.ts';
import { publicDrawService } from '../../../services/public-draw.service.ts';
import { openDataService } from '../../../services/open-data.service.ts';
import { DrawIdParams, WitnessBody } from '../../schemas/draw.schema.ts';
import { PublicPlanSchema } from '../../schemas/plan.schema.ts';
import { pageOf, paging } from '../../schemas/public.schema.ts';
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
/** every public list says where it is in the whole. */
const PAGE = { total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() };

export const publicDrawRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/plans',
    {
      schema: {
        operationId: 'listPublicPlans',
        tags,
        querystring: Type.Object({
          year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
          ...paging(200, 200),
        }),
        response: { 200: Type.Object({ ...PAGE, plans: Type.Array(PublicPlanSchema) }) },
      },
    },
    async (req) => {
      const { rows, ...page } = await openDataService.plans(db(), pageOf(req.query, 200), req.query.year);
      return { ...page, plans: rows };
    },
  );
  app.get(
    '/draws',
    {
      schema: {
        operationId: 'listPublicDraws',
        tags,
        querystring: Type.Object(paging(200, 200)),
        response: { 200: Type.Object({ ...PAGE, draws: Type.Array(PublicDrawSummarySchema) }) },
      },
    },
    async (req) => {
      const { rows, ...page } = await openDataService.draws(db(), pageOf(req.query, 200));
      return { ...page, draws: rows };
    },
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
