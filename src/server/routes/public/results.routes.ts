import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { publicationService } from '../../../services/publication.service.ts';
import { PublicArchiveSchema, PublicResultSchema } from '../../schemas/inspection.schema.ts';

/** Anonymous: published results and credit archives; the response schemas are the allow-lists (R-N.10). */
export const publicResultRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/results',
    {
      schema: {
        tags,
        querystring: Type.Object({
          page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
        }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            rows: Type.Array(PublicResultSchema),
          }),
        },
      },
    },
    // Readonly arrays from the domain, the same JSON.
    async (req) =>
      (await publicationService.results(db(), {
        page: req.query.page ?? 1,
        pageSize: req.query.pageSize ?? 20,
      })) as { total: number; page: number; pageSize: number; rows: Static<typeof PublicResultSchema>[] },
  );
  app.get(
    '/entities/:publicId/archive',
    {
      schema: {
        tags,
        params: Type.Object({ publicId: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 200: Type.Object({ archive: PublicArchiveSchema }) },
      },
    },
    async (req) => ({
      archive: (await publicationService.archive(db(), req.params.publicId)) as Static<
        typeof PublicArchiveSchema
      >,
    }),
  );
};
