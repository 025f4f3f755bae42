import type { Caller } from '../../../trust/identity.js';

/** How long a verified token is taken on its verification alone; bounds how long a withdrawn signing key stays trusted. */
export const VERIFIED_FOR_MS = 60_000;
/** Tokens remembered at once; past that, the least recently used goes. */
export const REMEMBERED_TOKENS = 10_000;

interface Verified {
  caller: Caller;
  /** When the token stops being valid (its `exp` plus the clock tolerance), in ms. */
  expiresAt: number;
  /** When its verification stops being enough, in ms. */
  recheckAt: number;
}

/**
 * Access tokens whose signature and claims were verified a moment ago, by the
 * whole token string: a client sends the same token with every request, and
 * checking its signature again (WebCrypto, through jose) was the largest
 * single cost of a cheap request at the gateway. A token is remembered until
 * it expires or for VERIFIED_FOR_MS, whichever comes first; any other string,
 * a changed signature included, is verified afresh. Refusals are not kept.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Verified>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly capacity = REMEMBERED_TOKENS,
  ) {}

  get(token: string): Caller | undefined {
    const verified = this.tokens.get(token);
    if (!verified) return undefined;
    this.tokens.delete(token);
    const now = this.now();
    if (now >= verified.expiresAt || now >= verified.recheckAt) return undefined;
    this.tokens.set(token, verified); // most recently used last
    return verified.caller;
  }

  /** Keeps `caller`, frozen: every request with this token shares it. */
  remember(token: string, caller: Caller, expiresAtSeconds: number, toleranceSeconds: number): void {
    const now = this.now();
    Object.freeze(caller.roles);
    Object.freeze(caller.municipalities);
    Object.freeze(caller);
    this.tokens.delete(token);
    this.tokens.set(token, { caller, expiresAt: (expiresAtSeconds + toleranceSeconds) * 1000, recheckAt: now + VERIFIED_FOR_MS });
    if (this.tokens.size > this.capacity) this.tokens.delete(this.tokens.keys().next().value!);
  }
}
