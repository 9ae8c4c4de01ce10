import { resolve } from 'node:path';

/** Settings read once at start-up; nothing else reads process.env. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | null;
  readonly sessionSecret: string;
  readonly logLevel: string;
  /**
   * The session cookie's Secure flag: 'auto' (default) sets it on every answer to an HTTPS request —
   * behind a proxy that ends TLS only with TRUST_PROXY, so that X-Forwarded-Proto is believed.
   */
  readonly secureCookies: boolean | 'auto';
  /** Believe X-Forwarded-For/-Proto from a reverse proxy (client address for throttling, HTTPS). */
  readonly trustProxy: boolean;
  /**
   * Demo mode accepts the demo accounts' published password. Outside it (default with DATABASE_URL),
   * a session opened with that password may only change it.
   */
  readonly demoMode: boolean;
  /** The portal's public address (https://…), printed in documents' QR codes; null: the request's own host. */
  readonly publicUrl: string | null;
  /** Bearer token for GET /metrics; null: only direct callers on this machine may read it. */
  readonly metricsToken: string | null;
  /** Ed25519 private key (PKCS#8 PEM) signing the audit log's checkpoints; null: DATA_DIR/log-signing-key.pem. */
  readonly logSigningKey: string | null;
  /** The audit log's name in its checkpoints (issue 10.3). */
  readonly logOrigin: string;
  /** The audit log tree's hash, chosen when the log starts; later starts keep the stored one. */
  readonly logHash: 'sha256' | 'sm3';
  /** Personal data at rest (issue 10.7): SS_DATA_KEY (base64, 32 bytes); null: DATA_DIR/data-keys.json. */
  readonly dataKey: string | null;
  readonly dataKeyId: string;
  /** The cipher of keys made or configured from now on; a stored key keeps its own. */
  readonly dataCipher: 'aes-256-gcm' | 'sm4-gcm';
  /** Keys still readable while `keys rotate-data` runs: `id:cipher:base64`, comma-separated. */
  readonly dataKeysOld: string | null;
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
    secureCookies: flag(env, 'SECURE_COOKIES', 'auto'),
    trustProxy: flag(env, 'TRUST_PROXY', false) === true,
    demoMode: flag(env, 'DEMO_MODE', !databaseUrl) === true,
    publicUrl: publicUrlOf(env.PUBLIC_URL),
    metricsToken,
    logSigningKey: env.LOG_SIGNING_KEY?.trim() || null,
    logOrigin: env.LOG_ORIGIN?.trim() || 'shuangsui/audit-log',
    logHash: logHashOf(env.LOG_HASH),
    dataKey: env.SS_DATA_KEY?.trim() || null,
    dataKeyId: env.SS_DATA_KEY_ID?.trim() || 'k1',
    dataCipher: dataCipherOf(env.SS_DATA_CIPHER),
    dataKeysOld: env.SS_DATA_KEYS_OLD?.trim() || null,
  });
}

function flag<D extends boolean | 'auto'>(env: NodeJS.ProcessEnv, name: string, byDefault: D): boolean | D {
  const value = env[name]?.trim().toLowerCase();
  if (!value) return byDefault;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} 只能是 true 或 false: ${env[name]} (${name} must be true or false)`);
}

function logHashOf(value: string | undefined): 'sha256' | 'sm3' {
  const v = value?.trim().toLowerCase() || 'sha256';
  if (v === 'sha256' || v === 'sm3') return v;
  throw new ConfigError(`LOG_HASH 只能是 sha256 或 sm3: ${value} (LOG_HASH must be sha256 or sm3)`);
}

function dataCipherOf(value: string | undefined): 'aes-256-gcm' | 'sm4-gcm' {
  const v = value?.trim().toLowerCase() || 'aes-256-gcm';
  if (v === 'aes-256-gcm' || v === 'sm4-gcm') return v;
  throw new ConfigError(
    `SS_DATA_CIPHER 只能是 aes-256-gcm 或 sm4-gcm: ${value} (SS_DATA_CIPHER must be aes-256-gcm or sm4-gcm)`,
  );
}

function publicUrlOf(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`PUBLIC_URL 不是有效的网址: ${text} (PUBLIC_URL must be an absolute http(s) URL)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError(`PUBLIC_URL 只能是 http 或 https 地址: ${text} (PUBLIC_URL must be http(s))`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}
