// What the cross-article layer (stories.ts) needs of a database, so one StoryIndex runs on SQLite and on
// PostgreSQL: queries with `?` placeholders in the SQL both understand, many-row inserts, one write
// transaction, an audit row, and the one expression the two spell differently (a text field of JSON).
import type Database from 'better-sqlite3';
import type { Actor } from './records.ts';
import type { Row } from './rows.ts';
import { retryBusy } from './write.ts';

export interface StorySql {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  get(sql: string, params?: unknown[]): Promise<Row | undefined>;
  /** Returns the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** `INSERT INTO t (…)` with one row of `values` per entry; `tail` (an ON CONFLICT clause) follows the rows. */
  insertMany(head: string, values: unknown[][], tail?: string): Promise<void>;
  /**
   * `work` in one write transaction on one connection, which holds the stories' lock: recomputations of several
   * processes take turns.
   */
  transaction<T>(work: (db: StorySql) => Promise<T>): Promise<T>;
  audit(actor: Actor, action: string, target: string | null, detail?: unknown): Promise<void>;
  /** The SQL for the text at `path` inside the JSON text of `column`. */
  jsonText(column: string, path: string[]): string;
  /** Whether the connection is still open. */
  open(): boolean;
}

/**
 * better-sqlite3 answers at once, so a transaction's awaits resolve without yielding to other work in the
 * process; transactions of one store still take turns through a queue, so two recomputations never nest.
 */
export class SqliteStorySql implements StorySql {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database.Database,
    /** The store's compiled-statement cache: the stories' queries share it. */
    private readonly prepare: (sql: string) => Database.Statement,
    private readonly auditRow: (actor: Actor, action: string, target: string | null, detail?: unknown) => void,
  ) {}

  async all(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.prepare(sql).all(...params) as Row[];
  }

  async get(sql: string, params: unknown[] = []): Promise<Row | undefined> {
    return this.prepare(sql).get(...params) as Row | undefined;
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return this.prepare(sql).run(...params).changes;
  }

  async insertMany(head: string, values: unknown[][], tail = ''): Promise<void> {
    if (values.length === 0) return;
    const insert = this.prepare(`${head} VALUES (${values[0]!.map(() => '?').join(', ')}) ${tail}`);
    for (const v of values) insert.run(...v);
  }

  transaction<T>(work: (db: StorySql) => Promise<T>): Promise<T> {
    const turn = this.queue.then(async () => {
      // Inside a caller's transaction (a test's, a batch's) the work is part of it.
      if (this.db.inTransaction) return work(this);
      retryBusy(() => this.db.prepare('BEGIN IMMEDIATE').run());
      try {
        const result = await work(this);
        this.db.prepare('COMMIT').run();
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.prepare('ROLLBACK').run();
        throw e;
      }
    });
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  async audit(actor: Actor, action: string, target: string | null, detail?: unknown): Promise<void> {
    this.auditRow(actor, action, target, detail);
  }

  jsonText(column: string, path: string[]): string {
    return `json_extract(${column}, '$.${path.join('.')}')`;
  }

  open(): boolean {
    return this.db.open;
  }
}
