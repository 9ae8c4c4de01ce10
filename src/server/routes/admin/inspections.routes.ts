import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { inspectionService, type RecordCreateInput } from '../../../services/inspection.service.ts';
import { publicationService } from '../../../services/publication.service.ts';
import { actorOf } from '../../auth.ts';
import { documentService } from '../../../services/document.service.ts';
import { contentDisposition, fileReply, pdfResponse } from '../../file-reply.ts';
import {
  AttachmentResponse,
  CreditArchiveResponse,
  DrawnEntitiesResponse,
  InspectionPageResponse,
  InspectionResponse,
  SignatureResponse,
} from '../../schemas/inspection.view.ts';
import { attachmentResponse, PDF } from '../../schemas/media.schema.ts';
import { blankToUndefined, IdParams } from '../../schemas/common.schema.ts';
import {
  AttachmentBody,
  FileParams,
  RecordCreateBody,
  RecordDraftBody,
  RecordListQuery,
  SignatureBody,
  SubmitRecordBody,
} from '../../schemas/inspection.schema.ts';

/** Attachments travel base64 in JSON: a 50 MiB document is about 67 MiB encoded. */
const ATTACHMENT_BODY_LIMIT = 72 * 1024 * 1024;

export const inspectionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['inspections'];

  app.get(
    '/inspections',
    {
      schema: {
        operationId: 'listInspections',
        tags,
        querystring: RecordListQuery,
        response: { 200: InspectionPageResponse },
      },
    },
    async (req) => {
      const { page = 1, pageSize = 20, status, review, ...rest } = req.query;
      return inspectionService.list(
        db(),
        actorOf(req),
        { ...rest, status: blankToUndefined(status), review: blankToUndefined(review) },
        { page, pageSize },
      );
    },
  );
  app.post(
    '/inspections',
    {
      schema: {
        operationId: 'createInspection',
        tags,
        body: RecordCreateBody,
        response: { 201: InspectionResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        inspection: await inspectionService.create(db(), actorOf(req), req.body as RecordCreateInput),
      }),
  );
  app.get(
    '/inspections/:id',
    {
      schema: { operationId: 'getInspection', tags, params: IdParams, response: { 200: InspectionResponse } },
    },
    async (req) => ({
      inspection: await inspectionService.get(db(), actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/inspections/:id/record.pdf',
    {
      schema: {
        operationId: 'getInspectionRecordPdf',
        tags,
        params: IdParams,
        response: pdfResponse('检查登记表（PDF，A4）'),
      },
    },
    async (req, reply) =>
      fileReply(reply, PDF, await documentService.inspectionRecord(db(), actorOf(req), req.params.id)),
  );
  app.put(
    '/inspections/:id',
    {
      schema: {
        operationId: 'updateInspection',
        tags,
        params: IdParams,
        body: RecordDraftBody,
        response: { 200: InspectionResponse },
      },
    },
    async (req) => ({
      inspection: await inspectionService.update(db(), actorOf(req), req.params.id, req.body),
    }),
  );
  app.post(
    '/inspections/:id/submit',
    {
      schema: {
        operationId: 'submitInspection',
        tags,
        params: IdParams,
        body: Type.Union([SubmitRecordBody, Type.Null()]),
        response: { 200: InspectionResponse },
      },
    },
    async (req) => ({
      inspection: await inspectionService.submit(
        db(),
        actorOf(req),
        req.params.id,
        undefined,
        req.body?.signature,
      ),
    }),
  );
  app.post(
    '/inspections/:id/attachments',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: {
        operationId: 'addInspectionAttachment',
        tags,
        params: IdParams,
        body: AttachmentBody,
        response: { 201: AttachmentResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        attachment: await inspectionService.addAttachment(db(), actorOf(req), req.params.id, req.body),
      }),
  );
  app.post(
    '/inspections/:id/signatures',
    {
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        operationId: 'addInspectionSignature',
        tags,
        params: IdParams,
        body: SignatureBody,
        response: { 201: SignatureResponse },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        signature: await inspectionService.addSignature(db(), actorOf(req), req.params.id, req.body),
      }),
  );
  app.get(
    '/inspections/:id/files/:fileId',
    {
      schema: {
        operationId: 'getInspectionFile',
        tags,
        params: FileParams,
        response: { 200: attachmentResponse },
      },
    },
    async (req, reply) => {
      const file = await inspectionService.file(db(), actorOf(req), req.params.id, req.params.fileId);
      return reply
        .type(file.mime)
        .header('content-disposition', contentDisposition(file.fileName, 'inline'))
        .send(file.content);
    },
  );
  app.get(
    '/draws/:id/inspections',
    {
      schema: {
        operationId: 'listDrawInspections',
        tags,
        params: IdParams,
        response: { 200: DrawnEntitiesResponse },
      },
    },
    async (req) => ({
      rows: await inspectionService.drawEntities(db(), actorOf(req), req.params.id),
    }),
  );
  app.get(
    '/entities/:id/archive',
    {
      schema: {
        operationId: 'getEntityArchive',
        tags,
        params: IdParams,
        response: { 200: CreditArchiveResponse },
      },
    },
    async (req) => ({
      archive: await publicationService.adminArchive(db(), actorOf(req), req.params.id),
    }),
  );
};
