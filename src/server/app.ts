import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import cookie from '@fastify/cookie';
import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import './context.ts';
import { requireLogin } from './auth.ts';
import { checkRoutePermissions } from './route-permissions.ts';
import { errorHandler } from './error-handler.ts';
import { parserErrorResponse } from './client-errors.ts';
import { publicCache } from './public-cache.ts';
import { securityHeaders } from './security.ts';
import { csrfProtection } from './csrf.ts';
import { guardInputText, strictJsonBodies } from './input-guard.ts';
import { MAX_UPLOAD_BYTES } from './upload.ts';
import { recordRequests, RequestMetrics } from './metrics.ts';
import { metricsRoutes } from './routes/metrics.routes.ts';
import { requestLogLine } from './request-log.ts';
import { validatorCompiler } from './validator-compiler.ts';
import { openApiOptions } from './openapi.ts';
import { addSharedSchemas } from './schemas/components.ts';
import { HealthResponse } from './schemas/org.view.ts';
import { checkHealth } from '../services/health.service.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { entityRoutes } from './routes/admin/entities.routes.ts';
import { inspectorRoutes } from './routes/admin/inspectors.routes.ts';
import { itemRoutes } from './routes/admin/items.routes.ts';
import { unitRoutes } from './routes/admin/units.routes.ts';
import { publicItemRoutes } from './routes/public/items.routes.ts';
import { planRoutes } from './routes/admin/plans.routes.ts';
import { taskRoutes } from './routes/admin/tasks.routes.ts';
import { drawRoutes } from './routes/admin/draws.routes.ts';
import { officerSignerRoutes } from './routes/admin/officer-signers.routes.ts';
import { signingKeyRoutes } from './routes/admin/signing-keys.routes.ts';
import { publicDrawRoutes } from './routes/public/draws.routes.ts';
import { inspectionRoutes } from './routes/admin/inspections.routes.ts';
import { reportRoutes } from './routes/admin/reports.routes.ts';
import { assessmentRoutes } from './routes/admin/assessment.routes.ts';
import { accountRoutes } from './routes/admin/accounts.routes.ts';
import { publicResultRoutes } from './routes/public/results.routes.ts';
import { publicLogRoutes } from './routes/public/log.routes.ts';

const adminDist = fileURLToPath(new URL('../../dist/admin', import.meta.url));
const portalDist = fileURLToPath(new URL('../../dist/portal', import.meta.url));

export interface AppOptions {
  readonly database: DatabaseHandle;
  readonly config: Pick<Config, 'secureCookies' | 'logLevel'> &
    Partial<Pick<Config, 'metricsToken' | 'demoMode' | 'trustProxy' | 'publicUrl'>>;
  readonly logger?: boolean;
  /** Where pino writes (default stdout); tests read the log lines from it. */
  readonly logStream?: { write(line: string): void };
  /** The upload limit; tests lower it to prove an over-limit import is refused whole. */
  readonly maxUploadBytes?: number;
}

/** Wires plugins, then routes: the folder of a route file is its URL prefix. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : { level: opts.config.logLevel, serializers: { req: requestLogLine }, stream: opts.logStream },
    schemaController: { compilersFactory: { buildValidator: validatorCompiler } },
    // A malformed URL (`/%E0%A4%A`) gets the same error body as everything else, not Fastify's English one.
    frameworkErrors: (err, req, reply) => errorHandler(err, req, reply),
    clientErrorHandler: (err, socket) => {
      if ((err as { code?: string }).code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
      socket.end(parserErrorResponse(err));
    },
    // Routes are declared without a trailing slash; a client that adds one still lands.
    routerOptions: { ignoreTrailingSlash: true },
    // One hop: the proxy's own X-Forwarded-For entry, not whatever the client wrote before it.
    trustProxy: opts.config.trustProxy ? (_address: string, hop: number) => hop === 0 : false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.decorate('database', opts.database);
  app.decorate('publicUrl', opts.config.publicUrl ?? null);
  app.decorateRequest('actor', null);
  app.decorateRequest('currentUser', null);
  app.setErrorHandler(errorHandler);
  addSharedSchemas(app);
  guardInputText(app);
  strictJsonBodies(app);
  securityHeaders(app);
  publicCache(app);
  const metrics = new RequestMetrics();
  recordRequests(app, metrics);

  // After the public cache's hooks: its ETag is of the uncompressed body.
  await app.register(compress, { threshold: 1024 });
  await app.register(cookie);
  csrfProtection(app);
  const fileSize = opts.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  await app.register(multipart, { limits: { fileSize, files: 1 } });
  await app.register(swagger, openApiOptions);
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get(
    '/api/health',
    { schema: { operationId: 'getHealth', tags: ['public'], response: { 200: HealthResponse } } },
    async () => checkHealth(opts.database),
  );
  await app.register(metricsRoutes, { metrics, token: opts.config.metricsToken ?? null });
  await app.register(authRoutes, {
    prefix: '/api/auth',
    secureCookies: opts.config.secureCookies,
    demoMode: opts.config.demoMode ?? true,
  });
  await app.register(publicItemRoutes, { prefix: '/api/public' });
  await app.register(publicDrawRoutes, { prefix: '/api/public' });
  await app.register(publicResultRoutes, { prefix: '/api/public' });
  await app.register(publicLogRoutes, { prefix: '/api/public' });
  await app.register(
    async (admin) => {
      requireLogin(admin);
      checkRoutePermissions(admin);
      await admin.register(unitRoutes);
      await admin.register(itemRoutes, { prefix: '/items' });
      await admin.register(entityRoutes, { prefix: '/entities' });
      await admin.register(inspectorRoutes, { prefix: '/inspectors' });
      await admin.register(planRoutes, { prefix: '/plans' });
      await admin.register(taskRoutes);
      await admin.register(drawRoutes);
      await admin.register(signingKeyRoutes);
      await admin.register(inspectionRoutes);
      await admin.register(officerSignerRoutes);
      await admin.register(reportRoutes);
      await admin.register(assessmentRoutes);
      await admin.register(accountRoutes, { prefix: '/accounts' });
    },
    { prefix: '/api/admin' },
  );
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) {
      return reply.status(404).send({ error: { code: 'not-found', message: '接口不存在' } });
    }
    return reply.status(404).type('text/plain; charset=utf-8').send('页面不存在');
  });
  await serveAdminApp(app);
  return app;
}

// Vite names built assets by content hash: a name never changes meaning, so browsers may keep it for good.
const HASHED_ASSET = /-[\w-]{8}\.(js|css|woff2?|png|svg)$/;
function assetCaching(reply: FastifyReply, path: string): void {
  void reply.header(
    'cache-control',
    HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

/** The built officers' app (npm run build) at /admin/, with client-side routes falling back to index.html. */
async function serveAdminApp(app: FastifyInstance): Promise<void> {
  if (!(await servePortal(app))) app.get('/', async (_req, reply) => reply.redirect('/admin/'));
  if (!existsSync(adminDist)) {
    app.get('/admin/*', async (_req, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('管理端尚未构建：请运行 npm run build (admin app not built)'),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: adminDist,
    prefix: '/admin/',
    wildcard: false,
    cacheControl: false,
    setHeaders: assetCaching,
  });
  app.get('/admin/*', async (_req, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
}

/** The built public portal (no login) at /, its assets under /portal-assets/; its pages are hash routes. */
async function servePortal(app: FastifyInstance): Promise<boolean> {
  const index = join(portalDist, 'index.html');
  if (!existsSync(index)) return false;
  await app.register(fastifyStatic, {
    root: join(portalDist, 'portal-assets'),
    prefix: '/portal-assets/',
    decorateReply: false,
    cacheControl: false,
    setHeaders: assetCaching,
  });
  app.get('/', async (_req, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await readFile(index)),
  );
  return true;
}
