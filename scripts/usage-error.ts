import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command line that cannot be run: the message says which option and why. A script prints it with its usage and
 * exits 2 (`exitOnUsageError`), before it starts or writes anything.
 */
export class UsageError extends Error {}

/** node's `parseArgs`, its refusals (an unknown option, a value missing) as UsageErrors. */
export function commandLine<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** `text` as a positive number (a whole one if `integer`), at most `max`; undefined when the option was not given. */
export function positive(name: string, text: string | undefined, { integer = false, max = Infinity } = {}): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!text.trim() || !Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new UsageError(`--${name} must be a positive ${integer ? 'whole ' : ''}number, not "${text}"`);
  if (n > max) throw new UsageError(`--${name} must be at most ${max}, not ${n}`);
  return n;
}

/** A comma-separated list, each item one of `allowed` (each once, in the order given). */
export function oneOf<T extends string>(name: string, text: string, allowed: readonly T[]): T[] {
  const items = [...new Set(text.split(',').map((t) => t.trim()))];
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (unknown.length || items.every((item) => item === ''))
    throw new UsageError(`--${name}: ${unknown.length ? `"${unknown.join('", "')}" is not one of` : 'give one or more of'} ${allowed.join(', ')}`);
  return items as T[];
}

/** A comma-separated list of positive whole numbers, at most `max` each. */
export function positiveList(name: string, text: string, max = Infinity): number[] {
  return text.split(',').map((item) => positive(name, item.trim(), { integer: true, max })!);
}

/**
 * Parses a command line with `parse`. On a UsageError prints its message and `usage` to stderr and exits 2; when
 * `parse` answers 'help' (`--help`), prints `usage` and exits 0.
 */
export function exitOnUsageError<T>(parse: () => T | 'help', usage: string): T {
  let parsed: T | 'help';
  try {
    parsed = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  if (parsed === 'help') {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}
