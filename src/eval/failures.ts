// A stage that throws on one item must not stop the evaluation: the item scores as empty and the report says so.
export class Failures {
  private readonly messages: string[] = [];

  /** Runs `fn`; on a throw, records "<item>: <message>" and returns `empty`. */
  guard<T>(item: string, empty: T, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      const err = e as Error;
      const where = err.stack?.split('\n').find((l) => /^\s+at .*\/src\//.test(l))?.trim() ?? '';
      this.messages.push(`${item}: ${err.message} ${where}`.trim());
      return empty;
    }
  }

  get count(): number {
    return this.messages.length;
  }

  get all(): readonly string[] {
    return this.messages;
  }

  /** One line for the report's notes, or null when nothing threw. */
  summary(what: string, of: number): string | null {
    if (!this.messages.length) return null;
    return `the analysis threw on ${this.messages.length} of ${of} ${what} (scored as empty); first: ${this.messages[0]}`;
  }
}
