import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { inspectorService } from '../../../services/inspector.service.ts';
import { actorOf } from '../../auth.ts';
import { blankToUndefined, IdParams, page } from '../../schemas/common.schema.ts';
import {
  ConflictBody,
  InspectorInputSchema,
  InspectorListQuery,
  InspectorPatchSchema,
  UnavailabilityBody,
} from '../../schemas/directory.schema.ts';
import {
  CreatedIdResponse,
  InspectorDetailResponse,
  InspectorPageResponse,
  InspectorResponse,
} from '../../schemas/directory.view.ts';
import { importRoutes } from './import.routes.ts';
import type { Static } from 'typebox';
import { exportService } from '../../../services/export.service.ts';
import { exportReply } from '../../file-reply.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';

/** The list's filter from its query: blank fields are absent. */
const inspectorFilter = (q: Static<typeof InspectorListQuery>) => ({
  q: blankToUndefined(q.q?.trim()),
  regionCode: blankToUndefined(q.regionCode),
  level: blankToUndefined(q.level),
  status: blankToUndefined(q.status),
});

export const inspectorRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['inspectors'];

  await app.register(importRoutes, { kind: 'inspectors' });

  app.get(
    '',
    {
      schema: {
        operationId: 'listInspectors',
        tags,
        querystring: InspectorListQuery,
        response: { 200: InspectorPageResponse },
      },
    },
    async (req) => inspectorService.page(db(), actorOf(req), inspectorFilter(req.query), page(req.query)),
  );

  app.get(
    '/export',
    {
      schema: {
        operationId: 'exportInspectors',
        tags,
        querystring: exportQuery(InspectorListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', ...q } = req.query;
      return exportReply(
        reply,
        await exportService.inspectors(db(), actorOf(req), inspectorFilter(q), format),
      );
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getInspector',
        tags,
        params: IdParams,
        response: { 200: InspectorDetailResponse },
      },
    },
    async (req) => inspectorService.get(db(), actorOf(req), req.params.id),
  );

  app.post(
    '',
    {
      schema: {
        operationId: 'createInspector',
        tags,
        body: InspectorInputSchema,
        response: { 201: InspectorResponse },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { unitId, ...input } = req.body;
      const inspector = await inspectorService.create(db(), actor, unitId ?? actor.unitId, input);
      return reply.status(201).send({ inspector });
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        operationId: 'updateInspector',
        tags,
        params: IdParams,
        body: InspectorPatchSchema,
        response: { 200: InspectorResponse },
      },
    },
    async (req) => ({
      inspector: await inspectorService.update(db(), actorOf(req), req.params.id, req.body),
    }),
  );

  app.post(
    '/:id/unavailability',
    {
      schema: {
        operationId: 'addInspectorUnavailability',
        tags,
        params: IdParams,
        body: UnavailabilityBody,
        response: { 200: CreatedIdResponse },
      },
    },
    async (req) => {
      const { from, to, reason } = req.body;
      return inspectorService.addUnavailability(db(), actorOf(req), req.params.id, from, to, reason);
    },
  );

  app.post(
    '/:id/conflicts',
    {
      schema: {
        operationId: 'addInspectorConflict',
        tags,
        params: IdParams,
        body: ConflictBody,
        response: { 200: CreatedIdResponse },
      },
    },
    async (req) => {
      const { entityId, kind, reason } = req.body;
      return inspectorService.addConflict(db(), actorOf(req), req.params.id, entityId, kind, reason);
    },
  );
};
