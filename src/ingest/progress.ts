// What a person sees while a batch runs: on a terminal a one-line bar (counts and rate) redrawn in place,
// elsewhere one plain line per event. Failures and warnings always get their own line.
import type { IngestEvent, IngestSummary } from './ingest.ts';

export interface ProgressOutput {
  write(s: string): void;
  isTTY?: boolean;
  columns?: number;
}

const BAR_WIDTH = 20;

export class Progress {
  private readonly started = Date.now();
  private inputsSeen = 0;
  private lastDraw = 0;
  private barShown = false;

  constructor(
    private readonly out: ProgressOutput,
    private readonly totalInputs: number,
    private readonly summary: () => IngestSummary,
    private readonly dryRun: boolean,
  ) {}

  private get tty(): boolean {
    return !!this.out.isTTY;
  }

  private line(s: string): void {
    if (this.barShown) this.out.write('\r\x1b[K');
    this.barShown = false;
    this.out.write(s + '\n');
  }

  private counts(): string {
    const s = this.summary();
    const secs = Math.max((Date.now() - this.started) / 1000, 0.001);
    return `${this.dryRun ? 'would store' : 'stored'} ${s.stored}, duplicates ${s.duplicates} (verbatim copies from other sources ${s.verbatimCopies}), near-duplicates ${s.nearDuplicates}, failed ${s.failed}, ${(s.stored / secs).toFixed(1)} articles/s`;
  }

  private draw(force = false): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const done = Math.min(this.inputsSeen, this.totalInputs);
    const filled = this.totalInputs ? Math.round((done / this.totalInputs) * BAR_WIDTH) : 0;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${this.totalInputs} inputs  ${this.counts()}`;
    this.out.write(`\r\x1b[K${bar.slice(0, (this.out.columns ?? 120) - 1)}`);
    this.barShown = true;
  }

  event(e: IngestEvent): void {
    switch (e.kind) {
      case 'input':
        this.inputsSeen++;
        break;
      case 'failed':
        this.line(`failed     ${e.input}: ${e.problem}`);
        break;
      case 'warning':
        this.line(`warning    ${e.input}: ${e.problem}`);
        break;
      case 'duplicate':
        if (!this.tty) this.line(`duplicate  ${e.input} (${e.otherSource ? 'verbatim copy of' : 'already stored as'} ${e.existing.id})`);
        break;
      case 'stored':
        if (!this.tty) this.line(`${this.dryRun ? 'would store' : 'stored'}     ${e.article.id} ${e.article.origin.location}${e.limits ? ` (${e.limits})` : ''}`);
        break;
    }
    if (this.tty) this.draw();
  }

  /** The closing summary line. */
  finish(interrupted: boolean): void {
    if (this.barShown) this.out.write('\r\x1b[K');
    this.barShown = false;
    const s = this.summary();
    const limited = Object.entries(s.limited).map(([why, n]) => `; ${n} article${n === 1 ? '' : 's'}: ${why}`).join('');
    this.out.write(`${interrupted ? 'interrupted: ' : ''}${s.inputs} inputs: ${this.counts()}, linked to an original ${s.linkedToOriginal}${limited}\n`);
  }
}
