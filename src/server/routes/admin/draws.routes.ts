import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ceremonyService } from '../../../services/ceremony.service.ts';
import { drawService } from '../../../services/draw.service.ts';
import { replacementService } from '../../../services/replacement.service.ts';
import { actorOf } from '../../auth.ts';
import {
  ApplicationListResponse,
  ApplicationResponse,
  ApprovedApplicationResponse,
  DrawListResponse,
} from '../../schemas/draw.view.ts';
import { fileResponse, PDF } from '../../schemas/media.schema.ts';
import { contentDisposition, exportReply, fileReply, originOf, pdfResponse } from '../../file-reply.ts';
import { exportService } from '../../../services/export.service.ts';
import { exportQuery, exportResponse } from '../../schemas/export.schema.ts';
import { NoticeQuery } from '../../schemas/document.schema.ts';
import { documentService } from '../../../services/document.service.ts';
import { IdParams } from '../../schemas/common.schema.ts';
import {
  ApplicationBody,
  ApplicationListQuery,
  CommitBody,
  DrawListQuery,
  EvidenceParams,
  NoteBody,
  AbortBody,
  RevealBody,
  SignBody,
} from '../../schemas/draw.schema.ts';

/** Evidence travels base64 in JSON: up to 5 files of 2 MiB. */
const APPLICATION_BODY_LIMIT = 16 * 1024 * 1024;

export const drawRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['draws'];

  app.get(
    '/draws',
    {
      schema: {
        operationId: 'listDraws',
        tags,
        querystring: DrawListQuery,
        response: { 200: DrawListResponse },
      },
    },
    async (req) => ({
      draws: await drawService.list(db(), actorOf(req), req.query),
    }),
  );
  app.get(
    '/draws/export',
    {
      schema: {
        operationId: 'exportDraws',
        tags,
        querystring: exportQuery(DrawListQuery),
        response: exportResponse,
      },
    },
    async (req, reply) => {
      const { format = 'xlsx', ...filter } = req.query;
      return exportReply(reply, await exportService.draws(db(), actorOf(req), filter, format));
    },
  );
  app.get('/draws/:id', { schema: { operationId: 'getDraw', tags, params: IdParams } }, async (req) => ({
    draw: await drawService.get(db(), actorOf(req), req.params.id),
  }));
  app.post(
    '/draws/:id/commit',
    { schema: { operationId: 'commitDrawSeed', tags, params: IdParams, body: CommitBody } },
    async (req) => ({
      draw: await ceremonyService.commit(
        db(),
        actorOf(req),
        req.params.id,
        req.body.witness,
        req.body.commit,
      ),
    }),
  );
  app.post(
    '/draws/:id/reveal',
    { schema: { operationId: 'revealDrawSeed', tags, params: IdParams, body: RevealBody } },
    async (req) => ({
      draw: await ceremonyService.reveal(db(), actorOf(req), req.params.id, req.body.witness, req.body.nonce),
    }),
  );
  app.post(
    '/draws/:id/compute',
    { schema: { operationId: 'computeDraw', tags, params: IdParams } },
    async (req) => ({
      draw: await drawService.compute(db(), actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/draws/:id/sign',
    { schema: { operationId: 'signDraw', tags, params: IdParams, body: SignBody } },
    async (req) => ({
      draw: await ceremonyService.sign(
        db(),
        actorOf(req),
        req.params.id,
        req.body.role,
        req.body.witness,
        req.body.statementDigest,
        req.body,
      ),
    }),
  );
  app.post(
    '/draws/:id/confirm',
    { schema: { operationId: 'confirmDraw', tags, params: IdParams } },
    async (req) => ({
      draw: await drawService.confirm(db(), actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/draws/:id/abort',
    { schema: { operationId: 'abortDraw', tags, params: IdParams, body: AbortBody } },
    async (req) => ({
      draw: await drawService.abort(db(), actorOf(req), req.params.id, req.body),
    }),
  );
  app.get(
    '/draws/:id/bundle',
    { schema: { operationId: 'getDrawBundle', tags, params: IdParams } },
    async (req) => drawService.bundle(db(), actorOf(req), req.params.id),
  );
  app.get(
    '/draws/:id/record.pdf',
    {
      schema: {
        operationId: 'getDrawRecordPdf',
        tags,
        params: IdParams,
        response: pdfResponse('抽取记录表（PDF，A4）'),
      },
    },
    async (req, reply) =>
      fileReply(
        reply,
        PDF,
        await documentService.drawRecord(db(), actorOf(req), req.params.id, originOf(req)),
      ),
  );
  app.get(
    '/draws/:id/notice.pdf',
    {
      schema: {
        operationId: 'getInspectionNoticePdf',
        tags,
        params: IdParams,
        querystring: NoticeQuery,
        response: pdfResponse('检查通知书（PDF，A4），发给本次抽中的一个检查对象'),
      },
    },
    async (req, reply) =>
      fileReply(
        reply,
        PDF,
        await documentService.inspectionNotice(
          db(),
          actorOf(req),
          req.params.id,
          req.query.entity,
          originOf(req),
        ),
      ),
  );

  app.get(
    '/draws/:id/replacement-applications',
    {
      schema: {
        operationId: 'listDrawReplacementApplications',
        tags,
        params: IdParams,
        response: { 200: ApplicationListResponse },
      },
    },
    async (req) => ({
      applications: await replacementService.list(db(), actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/draws/:id/replacement-applications',
    {
      bodyLimit: APPLICATION_BODY_LIMIT,
      schema: {
        operationId: 'applyForReplacement',
        tags,
        params: IdParams,
        body: ApplicationBody,
        response: { 201: ApplicationResponse },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ application: await replacementService.apply(db(), actorOf(req), req.params.id, req.body) }),
  );
  app.get(
    '/replacement-applications',
    {
      schema: {
        operationId: 'listReplacementApplications',
        tags,
        querystring: ApplicationListQuery,
        response: { 200: ApplicationListResponse },
      },
    },
    async (req) => ({
      applications: await replacementService.listAll(db(), actorOf(req), req.query),
    }),
  );
  app.post(
    '/replacement-applications/:id/approve',
    {
      schema: {
        operationId: 'approveReplacementApplication',
        tags,
        params: IdParams,
        body: NoteBody,
        response: { 200: ApprovedApplicationResponse },
      },
    },
    async (req) => replacementService.approve(db(), actorOf(req), req.params.id, req.body.note),
  );
  app.post(
    '/replacement-applications/:id/reject',
    {
      schema: {
        operationId: 'rejectReplacementApplication',
        tags,
        params: IdParams,
        body: NoteBody,
        response: { 200: ApplicationResponse },
      },
    },
    async (req) => ({
      application: await replacementService.reject(db(), actorOf(req), req.params.id, req.body.note),
    }),
  );
  app.get(
    '/replacement-applications/:id/evidence/:index',
    {
      schema: {
        operationId: 'getReplacementEvidence',
        tags,
        params: EvidenceParams,
        response: { 200: fileResponse('申请的证明材料（原文件）', ['application/octet-stream']) },
      },
    },
    async (req, reply) => {
      const file = await replacementService.evidence(db(), actorOf(req), req.params.id, req.params.index);
      return reply
        .type('application/octet-stream')
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.content);
    },
  );
};
