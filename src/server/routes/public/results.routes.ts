import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { publicationService } from '../../../services/publication.service.ts';
import { csvReply, csvSchema } from '../../csv-reply.ts';
import { PublicArchiveSchema, PublicResultSchema } from '../../schemas/inspection.schema.ts';
import {
  pageOf,
  PublicEntityCsvQuery,
  PublicEntityQuery,
  PublicEntitySchema,
  PublicResultCsvQuery,
  PublicResultQuery,
  NextCursor,
  resultFilterOf,
} from '../../schemas/public.schema.ts';
import { ENTITY_COLUMNS, RESULT_COLUMNS } from './csv-columns.ts';

const pageSchema = <T extends Parameters<typeof Type.Array>[0]>(row: T) =>
  Type.Object({
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    rows: Type.Array(row),
  });

/** Anonymous: published results and credit archives; the response schemas are the allow-lists (R-N.10). */
export const publicResultRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/results',
    {
      schema: {
        operationId: 'listPublicResults',
        tags,
        querystring: PublicResultQuery,
        response: { 200: Type.Intersect([pageSchema(PublicResultSchema), NextCursor]) },
      },
    },
    async (req) =>
      publicationService.results(db(), resultFilterOf(req.query), pageOf(req.query), req.query.after),
  );
  app.get(
    '/results.csv',
    { schema: csvSchema('exportPublicResults', PublicResultCsvQuery) },
    async (req, reply) =>
      csvReply(
        reply,
        'results',
        RESULT_COLUMNS,
        await publicationService.results(db(), resultFilterOf(req.query), pageOf(req.query, 1000)),
      ),
  );
  app.get(
    '/entities',
    {
      schema: {
        operationId: 'listPublicEntities',
        tags,
        querystring: PublicEntityQuery,
        response: { 200: pageSchema(PublicEntitySchema) },
      },
    },
    async (req) => publicationService.entities(db(), resultFilterOf(req.query), pageOf(req.query)),
  );
  app.get(
    '/entities.csv',
    { schema: csvSchema('exportPublicEntities', PublicEntityCsvQuery) },
    async (req, reply) =>
      csvReply(
        reply,
        'entities',
        ENTITY_COLUMNS,
        await publicationService.entities(db(), resultFilterOf(req.query), pageOf(req.query, 1000)),
      ),
  );
  app.get(
    '/entities/:publicId/archive',
    {
      schema: {
        operationId: 'getPublicArchive',
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
