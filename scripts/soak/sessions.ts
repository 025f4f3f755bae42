import type { BenchRequest, NextRequest, Workload } from '../bench/workloads.js';

/** One client of a workload: its sequence of requests and the answer to its last one. */
interface Session {
  next: NextRequest;
  previous?: { data?: any };
}

/**
 * The clients of one workload under open-loop load. A request that falls due goes to an idle client, or to a new
 * one if all are waiting, so a slow answer never delays the next request; each client's sequence (a write's
 * register → accept → start) still follows its own answers.
 */
export class Sessions {
  private readonly idle: Session[] = [];
  private readonly workload: Workload;
  constructor(workload: Workload) {
    this.workload = workload;
  }

  /** The next request of an idle client, and what to call with its answer (undefined if it failed). */
  take(): { request: BenchRequest; done(answer?: { data?: any }): void } {
    const session = this.idle.pop() ?? { next: this.workload.client() };
    const request = session.next(session.previous);
    return {
      request,
      done: (answer) => {
        session.previous = answer;
        this.idle.push(session);
      },
    };
  }
}
