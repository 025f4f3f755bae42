import { commandLine, positive } from '../usage-error.js';

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

/** The soak's options from its command line, or 'help'. */
export function soakOptions(argv: string[]): SoakOptions | 'help' {
  const { values } = commandLine({
    args: argv,
    options: {
      minutes: { type: 'string' },
      rate: { type: 'string' },
      'max-in-flight': { type: 'string' },
      size: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const minutes = positive('minutes', values.minutes, { max: 24 * 60 }) ?? 10;
  const rate = positive('rate', values.rate, { max: 1000 }) ?? 20;
  const maxInFlight = positive('max-in-flight', values['max-in-flight'], { integer: true }) ?? Math.max(1, Math.ceil(2 * rate));
  return { minutes, rate, maxInFlight, size: positive('size', values.size, { integer: true }) };
}
