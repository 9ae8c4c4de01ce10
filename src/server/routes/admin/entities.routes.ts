import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { entityService } from '../../../services/entity.service.ts';
import { actorOf } from '../../auth.ts';
import { blankToUndefined, IdParams, page } from '../../schemas/common.schema.ts';
import {
  DeregisterBody,
  EntityInputSchema,
  EntityListQuery,
  EntityPatchSchema,
  PersonalDataQuery,
} from '../../schemas/directory.schema.ts';
import {
  EntityPageResponse,
  EntityPersonalDataResponse,
  EntityResponse,
  EntityWithHistoryResponse,
} from '../../schemas/directory.view.ts';
import { importRoutes } from './import.routes.ts';
import { personalDataService } from '../../../services/personal-data/personal-data.service.ts';
import type { Static } from 'typebox';
import { exportService } from '../../../services/export.service.ts';
import { exportReply } from '../../file-reply.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';

/** The list's filter from its query: blank fields are absent. */
const entityFilter = (q: Static<typeof EntityListQuery>) => ({
  q: blankToUndefined(q.q?.trim()),
  regionCode: blankToUndefined(q.regionCode),
  status: blankToUndefined(q.status),
  riskClass: blankToUndefined(q.riskClass),
  industry: blankToUndefined(q.industry),
});

export const entityRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['entities'];

  await app.register(importRoutes, { kind: 'entities' });

  app.get(
    '',
    {
      schema: {
        operationId: 'listEntities',
        tags,
        querystring: EntityListQuery,
        response: { 200: EntityPageResponse },
      },
    },
    async (req) => entityService.page(db(), actorOf(req), entityFilter(req.query), page(req.query)),
  );

  app.get(
    '/export',
    {
      schema: {
        operationId: 'exportEntities',
        tags,
        querystring: exportQuery(EntityListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', ...q } = req.query;
      return exportReply(reply, await exportService.entities(db(), actorOf(req), entityFilter(q), format));
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        operationId: 'getEntity',
        tags,
        params: IdParams,
        response: { 200: EntityWithHistoryResponse },
      },
    },
    async (req) => entityService.get(db(), actorOf(req), req.params.id),
  );

  app.get(
    '/:id/personal-data',
    {
      schema: {
        operationId: 'getEntityPersonalData',
        tags,
        description: '完整身份证号与联系电话；每次查看都记入防篡改操作日志（issue 10.7）',
        params: IdParams,
        querystring: PersonalDataQuery,
        response: { 200: EntityPersonalDataResponse },
      },
    },
    async (req) => personalDataService.view(db(), actorOf(req), req.params.id, req.query.reason),
  );

  app.post(
    '',
    {
      schema: {
        operationId: 'createEntity',
        tags,
        body: EntityInputSchema,
        response: { 201: EntityResponse },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { unitId, ...input } = req.body;
      const entity = await entityService.create(db(), actor, unitId ?? actor.unitId, input);
      return reply.status(201).send({ entity });
    },
  );

  app.patch(
    '/:id',
    {
      schema: {
        operationId: 'updateEntity',
        tags,
        params: IdParams,
        body: EntityPatchSchema,
        response: { 200: EntityResponse },
      },
    },
    async (req) => ({
      entity: await entityService.update(db(), actorOf(req), req.params.id, req.body),
    }),
  );

  app.post(
    '/:id/deregister',
    {
      schema: {
        operationId: 'deregisterEntity',
        tags,
        params: IdParams,
        body: DeregisterBody,
        response: { 200: EntityResponse },
      },
    },
    async (req) => ({
      entity: await entityService.deregister(
        db(),
        actorOf(req),
        req.params.id,
        req.body.date,
        req.body.reason,
      ),
    }),
  );
};
