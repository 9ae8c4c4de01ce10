import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { drawService } from '../../../services/draw.service.ts';
import { taskService } from '../../../services/task.service.ts';
import { targetedInspectionService } from '../../../services/targeted-inspection.service.ts';
import { actorOf } from '../../auth.ts';
import { exportService } from '../../../services/export.service.ts';
import { exportReply } from '../../file-reply.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';
import { IdParams } from '../../schemas/common.schema.ts';
import { AnnounceBody } from '../../schemas/draw.schema.ts';
import { CreatedIdResponse } from '../../schemas/directory.view.ts';
import {
  TargetedInputSchema,
  TaskInputSchema,
  TaskListQuery,
  TaskPoolQuery,
} from '../../schemas/plan.schema.ts';
import {
  OfficersResponse,
  PoolPageResponse,
  TargetedListResponse,
  TaskInspectorsResponse,
  TaskListResponse,
  TaskResponse,
} from '../../schemas/plan.view.ts';

export const taskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['tasks'];

  app.get(
    '/tasks',
    {
      schema: {
        operationId: 'listTasks',
        response: { 200: TaskListResponse },
        tags,
        querystring: TaskListQuery,
      },
    },
    async (req) => ({
      tasks: await taskService.list(db(), actorOf(req), req.query),
    }),
  );
  app.get(
    '/tasks/export',
    {
      schema: {
        operationId: 'exportTasks',
        tags,
        querystring: exportQuery(TaskListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', ...filter } = req.query;
      return exportReply(reply, await exportService.tasks(db(), actorOf(req), filter, format));
    },
  );
  app.post(
    '/tasks',
    { schema: { operationId: 'createTask', tags, body: TaskInputSchema, response: { 201: TaskResponse } } },
    async (req, reply) =>
      reply.status(201).send({ task: await taskService.create(db(), actorOf(req), req.body) }),
  );
  app.get(
    '/tasks/:id',
    { schema: { operationId: 'getTask', tags, params: IdParams, response: { 200: TaskResponse } } },
    async (req) => ({
      task: await taskService.get(db(), actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/tasks/:id/pool',
    {
      schema: {
        operationId: 'getTaskPool',
        tags,
        params: IdParams,
        querystring: TaskPoolQuery,
        response: { 200: PoolPageResponse },
      },
    },
    async (req) => {
      const { page = 1, pageSize = 50, ...filter } = req.query;
      return taskService.pool(db(), actorOf(req), req.params.id, filter, { page, pageSize });
    },
  );
  app.get(
    '/tasks/:id/inspectors',
    {
      schema: {
        operationId: 'getTaskInspectors',
        tags,
        params: IdParams,
        response: { 200: TaskInspectorsResponse },
      },
    },
    async (req) => taskService.inspectors(db(), actorOf(req), req.params.id),
  );
  app.post(
    '/tasks/:id/draws',
    { schema: { operationId: 'announceDraw', tags: ['draws'], params: IdParams, body: AnnounceBody } },
    async (req, reply) =>
      reply.status(201).send(await drawService.announce(db(), actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/draw-officers',
    { schema: { operationId: 'listDrawOfficers', tags: ['draws'], response: { 200: OfficersResponse } } },
    async (req) => drawService.officers(db(), actorOf(req)),
  );

  app.post(
    '/targeted-inspections',
    {
      schema: {
        operationId: 'recordTargetedInspection',
        tags,
        body: TargetedInputSchema,
        response: { 201: CreatedIdResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await targetedInspectionService.record(db(), actorOf(req), req.body)),
  );
  app.post(
    '/targeted-inspections/:id/approve',
    {
      schema: {
        operationId: 'approveTargetedInspection',
        tags,
        params: IdParams,
        response: { 200: CreatedIdResponse },
      },
    },
    async (req) => targetedInspectionService.approve(db(), actorOf(req), req.params.id),
  );
  app.get(
    '/targeted-inspections',
    {
      schema: {
        operationId: 'listTargetedInspections',
        response: { 200: TargetedListResponse },
        tags,
        querystring: Type.Object({ entityId: Type.Optional(Type.String({ format: 'uuid' })) }),
      },
    },
    async (req) => ({
      rows: await targetedInspectionService.list(db(), actorOf(req), req.query.entityId),
    }),
  );
};
