import { required } from '../../../shared/loaders.js';
import { agencyTimeline } from '../../../shared/timeline.js';
import { selfSufficiencyEvents } from '../timeline.js';
import { scalarResolvers } from '../../../shared/scalars.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Loaders } from '../loaders.js';

/** A business unit, found among its center's units (one batched statement for all centers). */
async function programOf(loaders: Loaders, centerId: string, programId: string) {
  const program = (await loaders.centerPrograms.load(centerId)).find((p) => p.id === programId);
  return required(program ?? null);
}

export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  Krw: scalarResolvers.Krw,
  Participant: {
    // The representation carries the key and the person's consents, which the policy reads; records load per field.
    __resolveReference: (reference) => reference,
    selfSufficiency: ({ id }, _, { loaders }) => loaders.enrollment.load(id),
    selfSufficiencyTimeline: agencyTimeline('SELF_SUFFICIENCY', selfSufficiencyEvents),
  },
  SelfSufficiencyRecord: {
    program: (row, _, { loaders }) => programOf(loaders, row.centerId, row.programId),
    workMonths: (row, _, { loaders }) => loaders.workMonths.load(row.participantId),
    plan: (row, _, { loaders }) => loaders.plan.load(row.participantId),
    assetAccounts: (row, _, { loaders }) => loaders.assetAccounts.load(row.participantId),
  },
  SelfSufficiencyWorkMonth: {
    program: async (row, _, { loaders }) => {
      // The enrollment is already cached from the parent record: no statement here.
      const enrollment = required(await loaders.enrollment.load(row.participantId));
      return programOf(loaders, enrollment.centerId, row.programId);
    },
  },
};
