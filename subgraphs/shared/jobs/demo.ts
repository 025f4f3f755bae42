import type { Insertable, Kysely } from 'kysely';
import { EMPLOYERS, OCCUPATIONS } from '../demo/occupations.js';
import { addDays, demoFaker } from '../demo/random.js';
import { MUNICIPALITIES } from '../demo/regions.js';
import { isoToday } from '../policy/disclosure.js';
import { POSTING_OWNERS as REGISTERED_POSTING_OWNERS } from '../../registry.js';
import type { AgencyCode } from '../../../trust/identity.js';
import { recordChange } from './outbox.js';
import { EMPLOYMENT_TYPES, type JobPostingSnapshot, type JobPostingTables } from './posting.js';

/** The agencies that own job postings, from the registry. */
const POSTING_OWNERS = REGISTERED_POSTING_OWNERS.map((s) => s.agency as AgencyCode);
type Owner = AgencyCode;
type DemoPosting = Insertable<JobPostingTables['job_postings']> & JobPostingSnapshot & { changedAt: Date };

/** How each demo owner titles a posting; a new owner's postings read like the employment center's. */
const TITLE_STYLE: Partial<Record<Owner, (occupation: string) => string>> = {
  EMPLOYMENT: (o) => `${o} 채용`,
  WOMEN: (o) => `[새일] ${o} 모집 (경력단절여성 우대)`,
  VETERANS: (o) => `[제대군인 우대] ${o} 채용`,
  JOBCENTER: (o) => `${o} 구인 (지역 일자리센터)`,
};
const titleOf = (owner: Owner, occupation: string) => (TITLE_STYLE[owner] ?? TITLE_STYLE.EMPLOYMENT!)(occupation);

/**
 * The demo's vacancies and which agencies each employer registered them at.
 * Every fourth vacancy went to two agencies and every seventh to three, each
 * agency with its own title and dates that overlap: the duplicates the
 * board groups. They open in the 40 days before `asOf` (the day they are
 * seeded) and stay open 60 to 120 days, so a board seeded in any month has
 * open vacancies.
 */
export function demoPostings(asOf = isoToday()): DemoPosting[] {
  const f = demoFaker('job-postings');
  const postings: DemoPosting[] = [];
  const counters = new Map<Owner, number>();
  for (let v = 0; v < 32; v++) {
    const employer = EMPLOYERS[v % EMPLOYERS.length]!;
    const occupation = f.helpers.arrayElement(OCCUPATIONS);
    const municipality = f.helpers.weightedArrayElement(MUNICIPALITIES.map((m) => ({ weight: m.weight, value: m })));
    const wage = f.number.int({ min: 210, max: 420 }) * 10_000;
    const employmentType = f.helpers.weightedArrayElement([
      { weight: 6, value: EMPLOYMENT_TYPES[0] },
      { weight: 2, value: EMPLOYMENT_TYPES[1] },
      { weight: 2, value: EMPLOYMENT_TYPES[2] },
      { weight: 1, value: EMPLOYMENT_TYPES[3] },
    ]);
    const openOn = addDays(asOf, -f.number.int({ min: 0, max: 40 }));
    const first = POSTING_OWNERS[v % POSTING_OWNERS.length]!;
    const holders = v % 7 === 3 ? 3 : v % 4 === 1 ? 2 : 1;
    const owners = POSTING_OWNERS.filter((o) => o !== first).slice(0, holders - 1);
    [first, ...owners].forEach((agency, i) => {
      const n = (counters.get(agency) ?? 0) + 1;
      counters.set(agency, n);
      const from = addDays(openOn, i * f.number.int({ min: 1, max: 10 }));
      postings.push({
        id: `job-${agency.toLowerCase()}-${String(n).padStart(4, '0')}`,
        agency,
        title: titleOf(agency, occupation.name),
        employerName: employer.name,
        businessRegistrationNumber: employer.brn,
        occupationCode: occupation.code,
        occupationName: occupation.name,
        workMunicipalityCode: municipality.code,
        monthlyWageKrw: wage + i * 50_000,
        employmentType,
        openings: f.number.int({ min: 1, max: 8 }),
        openOn: from,
        closeOn: addDays(from, f.number.int({ min: 60, max: 120 })),
        status: 'OPEN',
        closedReason: null,
        version: 1,
        registeredBy: 'demo-seed',
        changedAt: new Date(`${from}T09:00:00+09:00`),
        idempotencyKey: null,
        requestFingerprint: null,
      });
    });
  }
  return postings;
}

/** An owner's demo postings, each with its event in the outbox so the board learns of them when the relay starts. */
export async function seedJobPostings(anyDb: Kysely<any>, owner: Owner): Promise<void> {
  const db = anyDb as Kysely<JobPostingTables>;
  for (const posting of demoPostings().filter((p) => p.agency === owner)) {
    await db.insertInto('job_postings').values(posting).execute();
    await recordChange(db, posting);
  }
}
