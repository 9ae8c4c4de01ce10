import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { login, logout } from '../../services/auth.service.ts';
import { InvalidCredentialsError } from '../../services/errors.ts';
import { LoginThrottle } from '../../services/login-throttle.ts';
import { passwordService } from '../../services/password.service.ts';
import { actorOf, requireLogin } from '../auth.ts';
import { SESSION_COOKIE } from '../context.ts';
import { UserResponse } from '../schemas/org.view.ts';

const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
});

export const authRoutes: FastifyPluginAsyncTypebox<{
  secureCookies: boolean | 'auto';
  demoMode: boolean;
}> = async (app, opts) => {
  const throttle = new LoginThrottle();
  app.post(
    '/login',
    { schema: { operationId: 'login', tags: ['session'], body: LoginBody, response: { 200: UserResponse } } },
    async (request, reply) => {
      const { username, password } = request.body;
      throttle.check(username, request.ip);
      const { token, user, expiresAt } = await login(
        app.database.db,
        username,
        password,
        opts.demoMode,
      ).catch((err: unknown) => {
        if (err instanceof InvalidCredentialsError) throttle.failed(username, request.ip);
        throw err;
      });
      throttle.succeeded(username);
      void reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: opts.secureCookies === 'auto' ? request.protocol === 'https' : opts.secureCookies,
        expires: expiresAt,
      });
      return { user };
    },
  );

  app.post(
    '/logout',
    {
      schema: {
        operationId: 'logout',
        tags: ['session'],
        response: { 204: Type.Null({ description: '已退出' }) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(app.database.db, token);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  await app.register(async (scope) => {
    requireLogin(scope);
    const typed = scope.withTypeProvider<TypeBoxTypeProvider>();
    typed.post(
      '/password',
      {
        schema: {
          operationId: 'changePassword',
          tags: ['session'],
          body: Type.Object({
            currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
            newPassword: Type.String({ minLength: 1, maxLength: 256 }),
          }),
          response: { 204: Type.Null({ description: '密码已修改，其他会话已退出' }) },
        },
      },
      async (request, reply) => {
        const { currentPassword, newPassword } = request.body;
        await passwordService.change(
          app.database.db,
          actorOf(request),
          currentPassword,
          newPassword,
          request.cookies[SESSION_COOKIE],
        );
        return reply.status(204).send(null);
      },
    );
    scope.post(
      '/sessions/revoke-all',
      {
        schema: {
          operationId: 'signOutEverywhere',
          tags: ['session'],
          response: { 204: Type.Null({ description: '所有设备均已退出' }) },
        },
      },
      async (request, reply) => {
        await passwordService.signOutEverywhere(app.database.db, actorOf(request));
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );
    scope.get(
      '/me',
      { schema: { operationId: 'getCurrentUser', tags: ['session'], response: { 200: UserResponse } } },
      async (request) => ({
        user: request.currentUser,
      }),
    );
  });
};
