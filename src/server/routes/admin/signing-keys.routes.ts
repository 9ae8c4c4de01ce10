import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signingKeyService } from '../../../services/signing-key.service.ts';
import { actorOf } from '../../auth.ts';

const tags = ['session'];
const Scheme = Type.Union([Type.Literal('ed25519'), Type.Literal('sm2')]);
const SigningKeyView = Type.Object({
  id: Type.String(),
  scheme: Scheme,
  publicKey: Type.String(),
  fingerprint: Type.String({ description: '公钥指纹：公钥 SHA-256 的前 128 位，每 4 位一组' }),
  label: Type.String(),
  createdAt: Type.String(),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});

/** Issue 10.4: the signed-in officer's own signing keys (public halves; the private half stays in the browser). */
export const signingKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  app.get(
    '/signing-keys',
    {
      schema: {
        operationId: 'listSigningKeys',
        tags,
        response: { 200: Type.Object({ keys: Type.Array(SigningKeyView) }) },
      },
    },
    async (req) => ({ keys: await signingKeyService.list(db(), actorOf(req)) }),
  );
  app.post(
    '/signing-keys',
    {
      schema: {
        operationId: 'registerSigningKey',
        tags,
        body: Type.Object({
          scheme: Type.Optional(Scheme),
          publicKey: Type.String({ pattern: '^[0-9a-f]{64}$|^04[0-9a-f]{128}$' }),
          label: Type.String({ minLength: 1, maxLength: 100 }),
        }),
        response: { 201: Type.Object({ key: SigningKeyView }) },
      },
    },
    async (req, reply) => {
      const key = await signingKeyService.register(db(), actorOf(req), {
        scheme: req.body.scheme ?? 'ed25519',
        publicKey: req.body.publicKey,
        label: req.body.label,
      });
      return reply.status(201).send({ key });
    },
  );
  app.post(
    '/signing-keys/:id/revoke',
    {
      schema: {
        operationId: 'revokeSigningKey',
        tags,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 204: Type.Null({ description: '签名密钥已停用' }) },
      },
    },
    async (req, reply) => {
      await signingKeyService.revoke(db(), actorOf(req), req.params.id);
      return reply.status(204).send(null);
    },
  );
};
