import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { itemService } from '../../../services/item.service.ts';
import { today } from '../../../services/clock.ts';
import { ItemVersionSchema } from '../../schemas/item.schema.ts';

/** Anonymous: the published item list; the response schema is the field allow-list. */
export const publicItemRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/items',
    {
      schema: { tags: ['public'], response: { 200: Type.Object({ items: Type.Array(ItemVersionSchema) }) } },
    },
    async () => ({ items: await itemService.inForce(app.database.db, today()) }),
  );
};
