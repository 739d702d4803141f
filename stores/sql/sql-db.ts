// The one small query interface every repository is written against, so the same SQL runs on
// PostgreSQL (pg) and on embedded PostgreSQL (PGlite).

export interface QueryResult<T> {
  rows: T[];
}

/** What a repository needs: parameterised queries and multi-statement scripts. Both the database and a transaction are one. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDb extends Queryable {
  /** `postgres` for a server reached through pg, `pglite` for the embedded database. */
  readonly kind: 'postgres' | 'pglite';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<R>(fn: (tx: Queryable) => Promise<R>): Promise<R>;
  /** Whether `CREATE EXTENSION vector` can succeed here (pgvector installed). */
  hasExtension(name: string): Promise<boolean>;
  close(): Promise<void>;
}
