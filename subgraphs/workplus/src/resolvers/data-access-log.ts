import { assertMayReadAccessLog, toDataAccess } from '../../../shared/audit/access-log.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';

/** The agencies' logs arrive through @requires (see schema.graphql); adding an agency adds its field there. */
const AGENCY_LOGS = [
  'employmentAccessLog',
  'womenReemploymentAccessLog',
  'veteransAccessLog',
  'selfSufficiencyAccessLog',
  'welfareAccessLog',
] as const;

type Entry = ReturnType<typeof toDataAccess> | { at: Date | string };

export const dataAccessLogResolvers: Resolvers = {
  Participant: {
    dataAccessLog: async (row, _, { identity, accessLog }) => {
      assertMayReadAccessLog(identity, row.id);
      const fromAgencies = AGENCY_LOGS.flatMap((field) => ((row as unknown as Record<string, Entry[] | undefined>)[field] ?? []));
      const own = (await accessLog.load(row.id)).map((entry) => toDataAccess('WORKPLUS', entry));
      return [...own, ...fromAgencies].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime()) as never;
    },
  },
};
