// Values derived from the database's content, kept until the content changes: SQLite's data_version moves
// when another connection commits, total_changes() when this one writes. Reading both costs microseconds.
import type Database from 'better-sqlite3';

const STAMP = 'SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes';

export class UntilChanged<V> {
  private readonly values = new Map<string, V>();
  private readonly stampStatement: Database.Statement;
  private stamp = '';

  constructor(
    db: Database.Database,
    private readonly maxEntries = 1024,
  ) {
    this.stampStatement = db.prepare(STAMP);
  }

  get(key: string, compute: () => V): V {
    const { version, changes } = this.stampStatement.get() as { version: number; changes: number };
    const stamp = `${version}:${changes}`;
    if (stamp !== this.stamp || this.values.size >= this.maxEntries) {
      this.values.clear();
      this.stamp = stamp;
    }
    if (this.values.has(key)) return this.values.get(key)!;
    const value = compute();
    this.values.set(key, value);
    return value;
  }
}
