import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { officerSignersService } from '../../../services/officer-signers.service.ts';
import { actorOf } from '../../auth.ts';
import { IdParams } from '../../schemas/common.schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const OfficerSigner = Type.Object({
  step: Type.Union([Type.Literal('record-submit'), Type.Literal('report-approve')], {
    description: '签名的环节：提交检查登记表、审核通过检查报告',
  }),
  reportId: Nullable(Type.String()),
  reportVersion: Nullable(Type.Integer()),
  signerName: Type.String(),
  signedAt: Type.String({ description: '签名（或未签名的这一步）记入防篡改日志的时间' }),
  status: Type.Union([Type.Literal('verified'), Type.Literal('failed'), Type.Literal('unsigned')], {
    description: '服务器此刻核验的结果：已验证、验证失败、未签名',
  }),
  scheme: Nullable(Type.Union([Type.Literal('ed25519'), Type.Literal('sm2')])),
  fingerprint: Nullable(Type.String({ description: '公钥指纹：公钥 SHA-256 的前 128 位，每 4 位一组' })),
  problem: Nullable(Type.String()),
});

/** Issue 10.4: who signed a record's submission and its reports' approvals, verified by the server now. */
export const officerSignerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  app.get(
    '/inspections/:id/signers',
    {
      schema: {
        operationId: 'listInspectionSigners',
        tags: ['inspections'],
        params: IdParams,
        response: { 200: Type.Object({ signers: Type.Array(OfficerSigner) }) },
      },
    },
    async (req) => ({ signers: await officerSignersService.ofRecord(db(), actorOf(req), req.params.id) }),
  );
};
