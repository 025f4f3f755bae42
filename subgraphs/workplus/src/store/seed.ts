import type { Kysely } from 'kysely';
import { insertChunked } from '../../../shared/seed.js';
import { demoConsents, type Population } from '../../../shared/demo/population.js';
import { demoFaker } from '../../../shared/demo/random.js';
import { CENTERS, MUNICIPALITIES, type AgencyCode, type Center } from '../../../shared/demo/regions.js';
import { SUBGRAPHS } from '../../../registry.js';
import { seedCasework } from './seed-casework.js';
import type { WorkplusDB } from './tables.js';

/** Work-Plus knows every registered person, every center and its staff. */
export async function seed(db: Kysely<WorkplusDB>, population: Population): Promise<void> {
  const f = demoFaker('workplus');
  await insertChunked(
    db,
    'municipalities',
    MUNICIPALITIES.map(({ code, name, province }) => ({ code, name, province })),
  );
  await insertChunked(
    db,
    'centers',
    CENTERS.map((c) => ({
      id: c.id,
      name: c.name,
      municipalityCode: c.municipalityCode,
      address: c.address,
      phone: c.phone,
      openedOn: c.openedOn,
    })),
  );
  await insertChunked(
    db,
    'center_municipalities',
    CENTERS.flatMap((c) => c.serves.map((code) => ({ centerId: c.id, municipalityCode: code }))),
  );
  await insertChunked(
    db,
    'center_agencies',
    CENTERS.flatMap((c) => c.agencies.map((agency) => ({ centerId: c.id, agency, officeName: officeName(c, agency), joinedOn: c.openedOn }))),
  );
  await insertChunked(
    db,
    'staff',
    CENTERS.flatMap((c) =>
      c.agencies.flatMap((agency) =>
        Array.from({ length: f.number.int({ min: 2, max: 4 }) }, (_, i) => ({
          id: `stf-${c.id.slice(4)}-${agency.toLowerCase().replace('_', '')}-${i + 1}`,
          centerId: c.id,
          agency,
          name: f.helpers.arrayElement(['김', '이', '박', '최', '정']) + f.person.firstName(),
          roles: i === 0 ? ['SUPERVISOR', 'COUNSELLOR'] : ['COUNSELLOR'],
          active: f.datatype.boolean(0.95),
        })),
      ),
    ),
  );
  await insertChunked(
    db,
    'participants',
    population.people.map((p) => ({
      id: p.id,
      name: p.name,
      birthDate: p.birthDate,
      gender: p.gender,
      phone: p.phone,
      email: p.email,
      municipalityCode: p.municipalityCode,
      centerId: p.centerId,
      registeredAt: new Date(p.registeredAt),
    })),
  );
  await insertChunked(
    db,
    'rooms',
    CENTERS.flatMap((c) => ROOMS.map((room, i) => ({ id: `room-${c.id.slice(4)}-${i + 1}`, centerId: c.id, ...room }))),
  );
  await insertChunked(
    db,
    'consents',
    demoConsents(population).map((c) => ({ ...c, withdrawnOn: null })),
  );
  await seedCasework(db, population);
}

const ROOMS = [
  { name: '상담실 1', kind: 'COUNSELLING_ROOM', capacity: 3 },
  { name: '상담실 2', kind: 'COUNSELLING_ROOM', capacity: 3 },
  { name: '집단상담실', kind: 'GROUP_ROOM', capacity: 12 },
  { name: '대강의실', kind: 'LECTURE_HALL', capacity: 40 },
] as const;

const OFFICE_SUFFIX = Object.fromEntries(SUBGRAPHS.map((s) => [s.agency, s.office])) as Record<AgencyCode, string>;

function officeName(center: Center, agency: AgencyCode): string {
  return center.name.replace('고용복지플러스센터', '') + OFFICE_SUFFIX[agency];
}
