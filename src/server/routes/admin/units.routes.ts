import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { unitService } from '../../../services/unit.service.ts';
import { regionService } from '../../../services/region.service.ts';
import { auditService } from '../../../services/audit.service.ts';
import { actorOf } from '../../auth.ts';
import { exportService } from '../../../services/export.service.ts';
import { exportReply } from '../../file-reply.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';
import { page, PageQuery } from '../../schemas/common.schema.ts';
import { AuditPageResponse, RegionView, UnitView } from '../../schemas/org.view.ts';
import { ref } from '../../schemas/ref.ts';

const AuditListQuery = Type.Object({
  objectType: Type.Optional(Type.String({ maxLength: 64 })),
  objectId: Type.Optional(Type.String({ maxLength: 64 })),
  ...PageQuery,
});

export const unitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/units',
    {
      schema: {
        operationId: 'listUnits',
        tags: ['organisation'],
        response: { 200: Type.Object({ units: Type.Array(ref(UnitView)) }) },
      },
    },
    async (req) => ({
      units: await unitService.readable(app.database.db, actorOf(req)),
    }),
  );

  app.get(
    '/regions',
    {
      schema: {
        operationId: 'listRegions',
        response: { 200: Type.Object({ regions: Type.Array(ref(RegionView)) }) },
        tags: ['organisation'],
        querystring: Type.Object({ parent: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }),
      },
    },
    async (req) => ({ regions: regionService.children(req.query.parent) }),
  );

  app.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditEvents',
        response: { 200: AuditPageResponse },
        tags: ['audit'],
        querystring: AuditListQuery,
      },
    },
    async (req) =>
      auditService.list(
        app.database.db,
        actorOf(req),
        { objectType: req.query.objectType || undefined, objectId: req.query.objectId || undefined },
        page(req.query),
      ),
  );

  app.get(
    '/audit/export',
    {
      schema: {
        operationId: 'exportAuditEvents',
        tags: ['audit'],
        querystring: exportQuery(AuditListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', objectType, objectId } = req.query;
      const filter = { objectType: objectType || undefined, objectId: objectId || undefined };
      return exportReply(reply, await exportService.audit(app.database.db, actorOf(req), filter, format));
    },
  );
};
