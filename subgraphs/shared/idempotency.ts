import { GraphQLError } from 'graphql';

/**
 * Creates something at most once per idempotency key. A retry gets what the
 * first request created (`earlier`, which also refuses a key reused for a
 * different request). When two copies of a request race, the database's
 * unique key lets one insert win and the other answers with the winner's
 * row; a unique violation with no winner is some other conflict, reported
 * as `conflict`.
 */
export async function createOnce<R>(earlier: () => Promise<R | undefined>, insert: () => Promise<R>, conflict: string): Promise<R> {
  const first = await earlier();
  if (first) return first;
  try {
    return await insert();
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    const winner = await earlier();
    if (winner) return winner;
    throw new GraphQLError(conflict, { extensions: { code: 'CONFLICT' } });
  }
}

/** The one rule for idempotency keys everywhere: any string of 1 to 100 characters, e.g. a UUID. */
export function idempotencyKeyProblem(key: string): string | false {
  return (key.length < 1 || key.length > 100) && 'idempotencyKey must be 1 to 100 characters';
}
