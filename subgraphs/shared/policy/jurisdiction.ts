import { fail } from '../errors.js';
import type { AgencyCode, ForwardedIdentity } from '../../../trust/identity.js';

/**
 * Where an agency serves a person by municipality (행복e음: the household's
 * 시군구 of residence), the municipality its own record names for them, or
 * null when it holds no record. Loaded through the request's loaders.
 */
export type Jurisdiction = (participantId: string, context: any) => Promise<string | null>;

/**
 * Staff of a center act for residents of every municipality the center
 * serves (the signed `municipalities` claim), and for no one else. The person
 * reading their own data is not bound by it.
 */
export async function assertWithinJurisdiction(
  owner: AgencyCode,
  jurisdiction: Jurisdiction,
  participantId: string,
  context: { identity: ForwardedIdentity },
): Promise<void> {
  const municipality = await jurisdiction(participantId, context);
  if (municipality === null || context.identity.municipalities.includes(municipality)) return;
  const { center, municipalities } = context.identity;
  throw fail(
    `${owner} serves this resident through municipality ${municipality}, which center ${center} does not serve ` +
      `(it serves ${municipalities.join(', ') || 'no municipality'}): ask the center that serves ${municipality}`,
    'OUTSIDE_JURISDICTION',
    { owner, municipality, center },
  );
}
