/** The two levels a failing dependency is logged at (pino's and fastify's loggers fit). */
export interface Log {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
}

/** Plain stderr lines, for code that runs without a service logger (scripts, the gateway's stores). */
export const stderrLog: Log = {
  info: (fields, message) => console.info(message, JSON.stringify(fields)),
  warn: (fields, message) => console.warn(message, JSON.stringify(fields)),
};

/**
 * One dependency that may fail for a while (Redis, the job board's reader):
 * logged once when it starts failing and once when it recovers, never on
 * every retry. With `graceMs`, a failure is logged only if it still holds
 * after that long (a consumer that is merely starting up is no outage).
 */
export class Outage {
  private since: number | undefined;
  private failures = 0;
  private logged = false;
  private pending?: NodeJS.Timeout;

  constructor(
    private readonly log: Log,
    /** What fails, as the log lines name it, e.g. "Redis (replay memory) at 127.0.0.1:6379". */
    private readonly what: string,
  ) {}

  get ongoing(): boolean {
    return this.since !== undefined;
  }

  failed(error: Error, graceMs = 0): void {
    this.failures += 1;
    if (this.since !== undefined) return;
    this.since = Date.now();
    const report = () => {
      this.logged = true;
      this.log.warn({ err: error.message }, `${this.what}: failing (logged again once it recovers)`);
    };
    if (graceMs > 0) (this.pending = setTimeout(report, graceMs)).unref();
    else report();
  }

  recovered(): void {
    if (this.since === undefined) return;
    clearTimeout(this.pending);
    if (this.logged) this.log.info({ failures: this.failures, outageMs: Date.now() - this.since }, `${this.what}: recovered`);
    this.since = undefined;
    this.failures = 0;
    this.logged = false;
  }
}
