import type { Context } from './context.js';

/**
 * The municipality of residence of the person's household on 행복e음, which is
 * also its responsible authority (보장기관); null when no household holds them.
 */
export async function householdMunicipality(participantId: string, { loaders }: Context): Promise<string | null> {
  const membership = await loaders.membership.load(participantId);
  if (!membership) return null;
  return (await loaders.household.load(membership.householdId))?.municipalityCode ?? null;
}
