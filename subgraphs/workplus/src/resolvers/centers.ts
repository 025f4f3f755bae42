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
    municipality: (row) => ({ code: row.municipalityCode, name: row.municipalityName, province: row.municipalityProvince }),
    servedMunicipalities: (row, _, { loaders }) => loaders.servedMunicipalities.load(row.id),
    agencies: (row, _, { loaders }) => loaders.centerAgencies.load(row.id),
    staff: async (row, { agency, activeOnly }, { loaders }) =>
      (await loaders.staffOfCenter.load(row.id)).filter((s) => (!agency || s.agency === agency) && (!activeOnly || s.active)),
  },
  Municipality: {
    __resolveReference: ({ code }, { loaders }) => loaders.municipality.load(code),
  },
  Staff: {
    __resolveReference: ({ id }, { loaders }) => loaders.staff.load(id),
    center: (row, _, { loaders }) => loaders.center.load(row.centerId).then(required),
  },
};
