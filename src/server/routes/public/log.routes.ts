import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { logService } from '../../../services/log/checkpoint.service.ts';
import { pageOf, paging } from '../../schemas/public.schema.ts';

/**
 * Anonymous (issue 10.3, docs/log.md): the audit log's signed checkpoints, its proofs and its public key.
 * Hashes only: an audit event holds internal data and is never served here.
 */
const Hex = Type.String({ pattern: '^[0-9a-f]*$', description: '十六进制哈希' });
const Size = (description: string) =>
  Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description });
const Checkpoint = Type.Object({
  size: Type.Integer({ description: '日志树大小（事件数）' }),
  rootHash: Hex,
  time: Type.String({ format: 'date-time' }),
  checkpoint: Type.String({ description: '签名检查点原文（C2SP signed note 格式）' }),
});

export const publicLogRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['public'];

  app.get(
    '/log/latest',
    { schema: { operationId: 'getLogCheckpoint', tags, response: { 200: Checkpoint } } },
    () => logService.latest(db()),
  );
  app.get(
    '/log/checkpoints',
    {
      schema: {
        operationId: 'listLogCheckpoints',
        tags,
        querystring: Type.Object(paging(200, 50)),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            rows: Type.Array(Checkpoint),
          }),
        },
      },
    },
    (req) => logService.list(db(), pageOf(req.query, 50)),
  );
  app.get(
    '/log/inclusion',
    {
      schema: {
        operationId: 'getLogInclusionProof',
        tags,
        querystring: Type.Object({ leafIndex: Size('叶序号（从 0 起）'), treeSize: Size('日志树大小') }),
        response: {
          200: Type.Object({
            leafIndex: Type.Integer(),
            treeSize: Type.Integer(),
            leafHash: Hex,
            rootHash: Hex,
            proof: Type.Array(Hex),
          }),
        },
      },
    },
    (req) => logService.inclusion(db(), req.query.leafIndex, req.query.treeSize),
  );
  app.get(
    '/log/consistency',
    {
      schema: {
        operationId: 'getLogConsistencyProof',
        tags,
        querystring: Type.Object({ fromSize: Size('旧树大小'), toSize: Size('新树大小') }),
        response: {
          200: Type.Object({
            fromSize: Type.Integer(),
            toSize: Type.Integer(),
            fromRootHash: Hex,
            toRootHash: Hex,
            proof: Type.Array(Hex),
          }),
        },
      },
    },
    (req) => logService.consistency(db(), req.query.fromSize, req.query.toSize),
  );
  app.get(
    '/log/key',
    {
      schema: {
        operationId: 'getLogPublicKey',
        tags,
        response: {
          200: Type.Object({
            algorithm: Type.Literal('Ed25519'),
            origin: Type.String(),
            publicKey: Type.String({ description: 'Ed25519 公钥（32 字节，base64）' }),
            keyId: Hex,
            verifierKey: Type.String({ description: 'note 验证密钥 <名称>+<密钥标识>+<base64(0x01‖公钥)>' }),
            hash: Type.Union([Type.Literal('sha256'), Type.Literal('sm3')]),
          }),
        },
      },
    },
    () => logService.publicKey(db()),
  );
};
