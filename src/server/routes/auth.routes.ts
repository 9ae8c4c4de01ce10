import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { login, logout } from '../../services/auth.service.ts';
import { InvalidCredentialsError, InvalidTotpError } from '../../services/errors.ts';
import { LoginThrottle } from '../../services/login-throttle.ts';
import { passwordService } from '../../services/password.service.ts';
import { totpService } from '../../services/totp.service.ts';
import { actorOf, requireLogin } from '../auth.ts';
import { SESSION_COOKIE } from '../context.ts';
import { CSRF_COOKIE, setCsrfCookie } from '../csrf.ts';
import { UserResponse } from '../schemas/org.view.ts';

const TotpCode = Type.String({ pattern: '^[0-9]{6}$', description: '验证器上的 6 位动态验证码' });

const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  totp: Type.Optional(TotpCode),
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
      const { username, password, totp } = request.body;
      throttle.check(username, request.ip);
      const { token, user, expiresAt } = await login(
        app.database.db,
        username,
        password,
        opts.demoMode,
        totp,
      ).catch((err: unknown) => {
        if (err instanceof InvalidCredentialsError || err instanceof InvalidTotpError)
          throttle.failed(username, request.ip);
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
      setCsrfCookie(reply, request, token, opts.secureCookies, expiresAt);
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
      void reply.clearCookie(CSRF_COOKIE, { path: '/' });
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
        const actor = actorOf(request);
        // A wrong current password counts like a wrong sign-in: a stolen session cannot guess it at will.
        const account = `change:${actor.userId ?? ''}`;
        throttle.check(account, request.ip);
        await passwordService
          .change(app.database.db, actor, currentPassword, newPassword, request.cookies[SESSION_COOKIE])
          .catch((err: unknown) => {
            if (err instanceof InvalidCredentialsError) throttle.failed(account, request.ip);
            throw err;
          });
        throttle.succeeded(account);
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
    typed.post(
      '/totp/setup',
      {
        schema: {
          operationId: 'startTotp',
          tags: ['session'],
          response: {
            200: Type.Object({
              secret: Type.String({ description: 'Base32 密钥（无法扫码时手工输入）' }),
              uri: Type.String({ description: 'otpauth:// 地址，生成二维码供验证器扫描' }),
            }),
          },
        },
      },
      async (request) => totpService.start(app.database.db, actorOf(request)),
    );
    typed.post(
      '/totp/enable',
      {
        schema: {
          operationId: 'enableTotp',
          tags: ['session'],
          body: Type.Object({ totp: TotpCode }),
          response: { 204: Type.Null({ description: '两步验证已开启' }) },
        },
      },
      async (request, reply) => {
        await totpService.enable(app.database.db, actorOf(request), request.body.totp);
        return reply.status(204).send(null);
      },
    );
    typed.post(
      '/totp/disable',
      {
        schema: {
          operationId: 'disableTotp',
          tags: ['session'],
          body: Type.Object({ password: Type.String({ minLength: 1, maxLength: 256 }), totp: TotpCode }),
          response: { 204: Type.Null({ description: '两步验证已关闭' }) },
        },
      },
      async (request, reply) => {
        const { password, totp } = request.body;
        await totpService.disable(app.database.db, actorOf(request), password, totp);
        return reply.status(204).send(null);
      },
    );
    scope.get(
      '/me',
      { schema: { operationId: 'getCurrentUser', tags: ['session'], response: { 200: UserResponse } } },
      async (request, reply) => {
        // Sessions from before the token, or a cleared cookie, get it back here at the app's start.
        setCsrfCookie(reply, request, request.cookies[SESSION_COOKIE] ?? '', opts.secureCookies);
        return { user: request.currentUser };
      },
    );
  });
};
