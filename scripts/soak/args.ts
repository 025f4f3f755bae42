import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run soak -- [options]
  --minutes N          how long to drive load, fractions allowed (default 10)
  --rate N             requests started per second, whatever the answers take (default 20)
  --max-in-flight N    at most this many requests unanswered; a request due beyond it is skipped (default 2 s of the rate)
  --size N             people seeded (default 2000 on PGlite, 10000 on PostgreSQL)
Storage: PGlite, or PostgreSQL when POSTGRES_URL is set.`;

export interface SoakOptions {
  minutes: number;
  rate: number;
  maxInFlight: number;
  size?: number;
}

/** A command line that cannot be run: the message says which option and why. */
export class UsageError extends Error {}

function positive(name: string, text: string | undefined, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!text.trim() || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number, not "${text}"`);
  return n;
}

/** The soak's options from its command line, or 'help'. */
export function soakOptions(argv: string[]): SoakOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        minutes: { type: 'string' },
        rate: { type: 'string' },
        'max-in-flight': { type: 'string' },
        size: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const minutes = positive('minutes', values.minutes, false) ?? 10;
  if (minutes > 24 * 60) throw new UsageError(`--minutes must be at most a day (1440), not ${minutes}`);
  const rate = positive('rate', values.rate, false) ?? 20;
  if (rate > 1000) throw new UsageError(`--rate must be at most 1000 per second, not ${rate}`);
  const maxInFlight = positive('max-in-flight', values['max-in-flight'], true) ?? Math.max(1, Math.ceil(2 * rate));
  return { minutes, rate, maxInFlight, size: positive('size', values.size, true) };
}
