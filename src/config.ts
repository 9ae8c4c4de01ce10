import { resolve } from 'node:path';

/** Settings read once at start-up; nothing else reads process.env. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly sessionSecret: string;
  readonly logLevel: string;
  /** Secure cookies only behind HTTPS; off on the embedded default. */
  readonly secureCookies: boolean;
  /** Bearer token for GET /metrics; null: only direct callers on this machine may read it. */
  readonly metricsToken: string | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT 无效: ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const sessionSecret = env.SESSION_SECRET ?? 'dev-only-session-secret-change-me-000000';
  if (databaseUrl && !env.SESSION_SECRET) {
    throw new ConfigError(
      '使用 PostgreSQL 时必须设置 SESSION_SECRET (SESSION_SECRET is required with DATABASE_URL)',
    );
  }
  const metricsToken = env.METRICS_TOKEN?.trim() || null;
  if (metricsToken && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN 至少 16 个字符 (METRICS_TOKEN must be at least 16 characters)');
  }
  return Object.freeze({
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    sessionSecret,
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES === 'true',
    metricsToken,
  });
}
