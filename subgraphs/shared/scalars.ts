import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { fail } from './errors.js';

function invalid(message: string): GraphQLError {
  return fail(message, 'BAD_USER_INPUT');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw invalid(`Date must be an ISO 8601 calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  }
  // Date.parse accepts 2024-02-30; a round trip rejects it.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw invalid(`Date ${value} does not exist`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD), Korea Standard Time.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDate(value)),
  parseValue: parseDate,
  parseLiteral: (ast: ValueNode) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An instant written with its offset; a local time without one is refused, not read as UTC. */
function parseDateTime(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  if (!match) {
    throw invalid(`DateTime must be an ISO 8601 timestamp with an offset (e.g. 2026-03-02T09:30:00+09:00), got ${JSON.stringify(value)}`);
  }
  parseDate(match[1]);
  return new Date(value as string);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant in time, ISO 8601 with offset (e.g. 2026-03-02T09:30:00+09:00).',
  serialize: (value) => (value instanceof Date ? value : parseDateTime(value)).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast: ValueNode) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseKrw(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw invalid(`Krw must be a whole number of won within ±9007199254740991, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const KrwScalar = new GraphQLScalarType<number, number>({
  name: 'Krw',
  description: 'Amount in Korean won (원), a whole number. Unlike Int it holds values above 2^31 (assets).',
  serialize: parseKrw,
  parseValue: parseKrw,
  parseLiteral: (ast: ValueNode) => parseKrw(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});

/** Resolvers for the scalars a subgraph declares; pass only the names its schema uses. */
export const scalarResolvers = { Date: DateScalar, DateTime: DateTimeScalar, Krw: KrwScalar };
