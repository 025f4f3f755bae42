import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { required } from '../../../shared/loaders.js';
import { selectCenters } from '../store/centers.js';

export const centerResolvers: Resolvers = {
  Query: {
    centers: (_, __, { db }) => selectCenters(db),
    center: (_, { id }, { loaders }) => loaders.center.load(id),
  },
  Center: {
    __resolveReference: ({ id }, { loaders }) => loaders.center.load(id),
    municipality: (row) => ({ code: row.municipality_code, name: row.municipality_name, province: row.municipality_province }),
    openedOn: (row) => row.opened_on,
    servedMunicipalities: (row, _, { loaders }) => loaders.servedMunicipalities.load(row.id),
    agencies: (row, _, { loaders }) => loaders.centerAgencies.load(row.id),
    staff: async (row, { agency, activeOnly }, { loaders }) =>
      (await loaders.staffOfCenter.load(row.id)).filter(
        (s) => (!agency || s.agency === agency) && (!activeOnly || s.active),
      ),
  },
  CenterAgency: {
    agency: (row) => row.agency as never,
    officeName: (row) => row.office_name,
    joinedOn: (row) => row.joined_on,
  },
  Municipality: {
    __resolveReference: ({ code }, { loaders }) => loaders.municipality.load(code),
  },
  Staff: {
    __resolveReference: ({ id }, { loaders }) => loaders.staff.load(id),
    agency: (row) => row.agency as never,
    center: (row, _, { loaders }) => loaders.center.load(row.center_id).then(required),
    roles: (row) => row.roles as never,
  },
};
