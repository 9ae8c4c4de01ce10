import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { importDirectory } from '../../../services/import.service.ts';
import { importTemplate } from '../../../services/import-template.service.ts';
import { actorOf } from '../../auth.ts';
import { readUpload } from '../../upload.ts';
import { exportService } from '../../../services/export.service.ts';
import { contentDisposition, exportReply } from '../../file-reply.ts';
import { IdParams } from '../../schemas/common.schema.ts';
import { ExportFormat, exportResponse } from '../../schemas/export.schema.ts';
import { ImportReportView } from '../../schemas/directory.view.ts';
import { fileResponse, XLSX } from '../../schemas/media.schema.ts';
import { ref } from '../../schemas/ref.ts';

const ImportQuery = Type.Object({ unitId: Type.Optional(Type.String({ format: 'uuid' })) });

/** Spreadsheet import and its template, for one directory (the prefix names it). */
export const importRoutes: FastifyPluginAsyncTypebox<{ kind: 'entities' | 'inspectors' }> = async (
  app,
  opts,
) => {
  const tags = [opts.kind];
  const ids =
    opts.kind === 'entities'
      ? { template: 'getEntityImportTemplate', import: 'importEntities', errors: 'exportEntityImportErrors' }
      : {
          template: 'getInspectorImportTemplate',
          import: 'importInspectors',
          errors: 'exportInspectorImportErrors',
        };

  app.get(
    '/template.xlsx',
    {
      schema: {
        operationId: ids.template,
        tags,
        response: { 200: fileResponse('导入模板（XLSX）', [XLSX]) },
      },
    },
    async (_req, reply) => {
      const { fileName, body } = await importTemplate(opts.kind);
      return reply.type(XLSX).header('content-disposition', contentDisposition(fileName)).send(body);
    },
  );

  app.post(
    '/import',
    {
      schema: {
        operationId: ids.import,
        tags,
        querystring: ImportQuery,
        response: { 200: ref(ImportReportView) },
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return importDirectory(app.database, actor, {
        kind: opts.kind,
        unitId: req.query.unitId ?? actor.unitId,
        ...(await readUpload(req)),
      });
    },
  );

  app.get(
    '/imports/:id/errors',
    {
      schema: {
        operationId: ids.errors,
        tags,
        params: IdParams,
        querystring: Type.Object({ format: ExportFormat }),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx' } = req.query;
      const file = await exportService.importErrors(
        app.database.db,
        actorOf(req),
        opts.kind,
        req.params.id,
        format,
      );
      return exportReply(reply, file);
    },
  );
};
