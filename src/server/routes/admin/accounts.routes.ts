import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { accountCredentialsService } from '../../../services/account-credentials.service.ts';
import { accountService } from '../../../services/account.service.ts';
import { actorOf } from '../../auth.ts';
import {
  AccountActiveBody,
  AccountCreateBody,
  AccountListQuery,
  AccountPageResponse,
  AccountResponse,
  AccountRolesBody,
  AccountWithPasswordResponse,
  PasswordResetBody,
} from '../../schemas/account.schema.ts';
import { blankToUndefined, IdParams, page } from '../../schemas/common.schema.ts';

/** The system administrator's accounts of its unit subtree (issue 10.2, 10.5). */
export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const db = () => app.database.db;
  const tags = ['accounts'];

  app.get(
    '',
    {
      schema: {
        operationId: 'listAccounts',
        tags,
        querystring: AccountListQuery,
        response: { 200: AccountPageResponse },
      },
    },
    async (req) => {
      const { q, unitId, hasRole, active } = req.query;
      const filter = {
        q: blankToUndefined(q?.trim()),
        unitId: blankToUndefined(unitId),
        role: blankToUndefined(hasRole),
        active,
      };
      return accountService.page(db(), actorOf(req), filter, page(req.query));
    },
  );

  app.get(
    '/:id',
    { schema: { operationId: 'getAccount', tags, params: IdParams, response: { 200: AccountResponse } } },
    async (req) => ({ account: await accountService.get(db(), actorOf(req), req.params.id) }),
  );

  app.post(
    '',
    {
      schema: {
        operationId: 'createAccount',
        tags,
        body: AccountCreateBody,
        response: { 201: AccountWithPasswordResponse },
      },
    },
    async (req, reply) => reply.status(201).send(await accountService.create(db(), actorOf(req), req.body)),
  );

  app.put(
    '/:id/roles',
    {
      schema: {
        operationId: 'setAccountRoles',
        tags,
        params: IdParams,
        body: AccountRolesBody,
        response: { 200: AccountResponse },
      },
    },
    async (req) => ({
      account: await accountService.setRoles(db(), actorOf(req), req.params.id, req.body.roles),
    }),
  );

  app.put(
    '/:id/active',
    {
      schema: {
        operationId: 'setAccountActive',
        tags,
        params: IdParams,
        body: AccountActiveBody,
        response: { 200: AccountResponse },
      },
    },
    async (req) => ({
      account: await accountCredentialsService.setActive(db(), actorOf(req), req.params.id, req.body.active),
    }),
  );

  app.post(
    '/:id/password-reset',
    {
      schema: {
        operationId: 'resetAccountPassword',
        tags,
        params: IdParams,
        body: PasswordResetBody,
        response: { 200: AccountWithPasswordResponse },
      },
    },
    async (req) =>
      accountCredentialsService.resetPassword(db(), actorOf(req), req.params.id, req.body.password),
  );

  app.post(
    '/:id/totp-reset',
    {
      schema: { operationId: 'resetAccountTotp', tags, params: IdParams, response: { 200: AccountResponse } },
    },
    async (req) => ({
      account: await accountCredentialsService.resetTotp(db(), actorOf(req), req.params.id),
    }),
  );
};
