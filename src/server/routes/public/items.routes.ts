import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { openDataService } from '../../../services/open-data.service.ts';
import { csvReply, csvSchema } from '../../csv-reply.ts';
import { ItemVersionSchema } from '../../schemas/item.schema.ts';
import { pageOf, paging, PlanYearQuery, PublicCsvPageQuery } from '../../schemas/public.schema.ts';
import { DRAW_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS } from './csv-columns.ts';

/** Anonymous: the published item list and the plan and draw lists as open data. */
export const publicItemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/items',
    {
      schema: {
        operationId: 'listPublicItems',
        tags,
        querystring: Type.Object(paging(200, 200)),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            // Who published it is an officer's account id: not public (R-N.10).
            items: Type.Array(Type.Omit(ItemVersionSchema, ['publishedBy'])),
          }),
        },
      },
    },
    async (req) => {
      const { rows, ...paging } = await openDataService.items(db(), pageOf(req.query, 200));
      return { ...paging, items: rows };
    },
  );
  app.get('/items.csv', { schema: csvSchema('exportPublicItems', PublicCsvPageQuery) }, async (req, reply) =>
    csvReply(reply, 'items', ITEM_COLUMNS, await openDataService.items(db(), pageOf(req.query, 1000))),
  );
  app.get('/plans.csv', { schema: csvSchema('exportPublicPlans', PlanYearQuery) }, async (req, reply) =>
    csvReply(
      reply,
      'plans',
      PLAN_COLUMNS,
      await openDataService.plans(db(), pageOf(req.query, 1000), req.query.year),
    ),
  );
  app.get('/draws.csv', { schema: csvSchema('exportPublicDraws', PublicCsvPageQuery) }, async (req, reply) =>
    csvReply(reply, 'draws', DRAW_COLUMNS, await openDataService.draws(db(), pageOf(req.query, 1000))),
  );
};
