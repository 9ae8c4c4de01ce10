import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { itemService } from '../../../services/item.service.ts';
import { actorOf } from '../../auth.ts';
import { blankToUndefined, IdParams } from '../../schemas/common.schema.ts';
import { ItemInputSchema, ItemListQuery, PublishBody } from '../../schemas/item.schema.ts';
import { ItemListResponse, ItemWithVersionsResponse } from '../../schemas/item.view.ts';
import { ref } from '../../schemas/ref.ts';

const Versions = ref(ItemWithVersionsResponse);

export const itemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['items'];

  app.get(
    '',
    {
      schema: {
        operationId: 'listItems',
        tags,
        querystring: ItemListQuery,
        response: { 200: ItemListResponse },
      },
    },
    async (req) => ({
      items: await itemService.list(db(), actorOf(req), {
        q: req.query.q,
        status: blankToUndefined(req.query.status),
      }),
    }),
  );

  app.get(
    '/:id',
    { schema: { operationId: 'getItem', tags, params: IdParams, response: { 200: Versions } } },
    async (req) => itemService.get(db(), actorOf(req), req.params.id),
  );

  app.post(
    '',
    { schema: { operationId: 'createItem', tags, body: ItemInputSchema, response: { 201: Versions } } },
    async (req, reply) => reply.status(201).send(await itemService.create(db(), actorOf(req), req.body)),
  );

  app.put(
    '/:id/draft',
    {
      schema: {
        operationId: 'saveItemDraft',
        tags,
        params: IdParams,
        body: ItemInputSchema,
        response: { 200: Versions },
      },
    },
    async (req) => itemService.saveDraft(db(), actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/:id/publish',
    {
      schema: {
        operationId: 'publishItem',
        tags,
        params: IdParams,
        body: PublishBody,
        response: { 200: Versions },
      },
    },
    async (req) => itemService.publish(db(), actorOf(req), req.params.id, req.body.effectiveFrom),
  );
};
