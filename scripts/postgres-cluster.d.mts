export interface PostgresCluster {
  /** TEST_DATABASE_URL of the cluster, or TEST_POSTGRES_MISSING when no binaries exist. */
  readonly env: Record<string, string>;
  stop(): void;
}
export function startPostgres(): Promise<PostgresCluster>;

export function startCluster(): Promise<{
  url: string;
  halt(): void;
  resume(): void;
  stop(): void;
}>;
