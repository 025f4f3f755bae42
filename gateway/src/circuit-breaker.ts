export type BreakerState = 'closed' | 'open' | 'half-open';

/**
 * One subgraph's circuit breaker. After `failures` calls in a row fail for
 * want of the subgraph, it opens: calls fail at once, costing the caller
 * nothing, for `openMs`. Then it half-opens: one call goes through as a
 * probe while the others still fail at once. The probe's success closes it;
 * its failure opens it again for another `openMs`.
 */
export class CircuitBreaker {
  private failuresInARow = 0;
  private openedAt = 0;
  private probing = false;
  private current: BreakerState = 'closed';

  constructor(
    private readonly options: { failures: number; openMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  get state(): BreakerState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.options.openMs) this.current = 'half-open';
    return this.current;
  }

  /** Whether a call may go out now; in half-open, only the one probe may. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.probing) return false;
    this.probing = true;
    return true;
  }

  /** The subgraph answered (whatever it said). */
  succeeded(): void {
    this.failuresInARow = 0;
    this.probing = false;
    this.current = 'closed';
  }

  /** The subgraph could not be reached, timed out or failed with 5xx. */
  failed(): void {
    this.failuresInARow += 1;
    if (this.probing || this.failuresInARow >= this.options.failures) {
      this.current = 'open';
      this.openedAt = this.now();
    }
    this.probing = false;
  }
}
