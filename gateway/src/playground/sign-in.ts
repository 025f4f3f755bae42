import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CENTERS } from '../../../subgraphs/shared/demo/regions.js';
import { AGENCIES, ROLES } from '../../../trust/identity.js';
import { demoCaller, issueDevToken } from '../auth/dev-issuer.js';
import type { GatewayConfig } from '../config.js';

export const TOKEN_PATH = '/playground/token';
const LIFETIME_SECONDS = 8 * 3600;

const Request = z
  .object({
    agency: z.enum(AGENCIES),
    role: z.enum(ROLES),
    center: z.enum(CENTERS.map((c) => c.id) as [string, ...string[]]),
    participant: z
      .string()
      .regex(/^ptc_[a-z0-9]{1,64}$/, 'a participant ID such as ptc_…')
      .optional(),
  })
  .strict()
  .refine((r) => r.role !== 'CITIZEN' || r.participant, { message: 'a citizen signs in as one person: give participant', path: ['participant'] });

/**
 * POST /playground/token: the development issuer signs a token for the demo
 * caller the playground's panel picked. Registered only when the gateway
 * verifies tokens with the development issuer, so with AUTH_JWKS_URL or
 * AUTH_PUBLIC_KEY_FILE set (and in production) this path does not exist.
 */
export function devSignIn(app: FastifyInstance, config: GatewayConfig): void {
  app.post(TOKEN_PATH, async (request, reply) => {
    const parsed = Request.safeParse(request.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
      return reply.code(400).send({ errors: [{ message: `Cannot sign in: ${problems.join('; ')}`, extensions: { code: 'BAD_USER_INPUT', problems } }] });
    }
    const { agency, role, center, participant } = parsed.data;
    const caller = demoCaller({
      agency,
      roles: [role],
      center: CENTERS.find((c) => c.id === center)!,
      participant: role === 'CITIZEN' ? participant : undefined,
    });
    const lifetime = Math.min(LIFETIME_SECONDS, config.auth.maxTokenTtlSeconds);
    const token = await issueDevToken(config.auth.devKeysDir, caller, `${lifetime}s`);
    return reply.header('cache-control', 'no-store').send({ token, caller, expiresAt: new Date(Date.now() + lifetime * 1000).toISOString() });
  });
}

/** What the sign-in panel offers: every agency and role, and the demo centers with their desks. */
export function signInChoices() {
  return {
    agencies: [...AGENCIES],
    roles: [...ROLES],
    centers: CENTERS.map((c) => ({ id: c.id, name: c.name, agencies: [...c.agencies] })),
  };
}
