import type { Candidate } from './candidates.js';
import type { BoardPostingRow } from './tables.js';
import type { VacancyNode } from './search.js';

/** What an agency recorded about the person's wishes, as it reached Work-Plus through @requires (null when withheld or unknown). */
export interface DisclosedWishes {
  municipalityCode: string;
  employment?: {
    jobSeeker: { desiredOccupation: { code: string }; desiredRegionCode: string; desiredMonthlyWageKrw: number; desiredEmploymentType: string };
  } | null;
  womenReemployment?: { profile: { desiredOccupation: { code: string }; desiredWorkArrangement: string; desiredMonthlyWageKrw: number } } | null;
  veterans?: { registration: { desiredOccupation: { code: string }; desiredRegionCode: string; desiredMonthlyWageKrw: number } } | null;
}

type Sources = Map<string, Set<string>>;

export interface Wishes {
  /** Desired occupation codes, each with the agencies that recorded it. */
  occupations: Sources;
  /** Desired region codes with their sources, and the home municipality as HOME. */
  regions: Sources;
  /** The lowest desired monthly wage recorded, and by whom. */
  wage: { krw: number; source: string } | null;
  employmentTypes: Sources;
}

/** A women's work arrangement as the employment types that satisfy it. */
const ARRANGEMENT_TYPES: Record<string, string[]> = {
  PERMANENT: ['PERMANENT'],
  PERMANENT_TIME_SELECTIVE: ['PERMANENT', 'PART_TIME'],
  FIXED_TERM: ['FIXED_TERM'],
  PART_TIME: ['PART_TIME'],
};

const add = (into: Sources, key: string, source: string) => into.set(key, new Set([...(into.get(key) ?? []), source]));

export function wishesOf(person: DisclosedWishes): Wishes {
  const wishes: Wishes = { occupations: new Map(), regions: new Map(), wage: null, employmentTypes: new Map() };
  add(wishes.regions, person.municipalityCode, 'HOME');
  const wage = (krw: number, source: string) => {
    if (!wishes.wage || krw < wishes.wage.krw) wishes.wage = { krw, source };
  };
  const seeker = person.employment?.jobSeeker;
  if (seeker) {
    add(wishes.occupations, seeker.desiredOccupation.code, 'EMPLOYMENT');
    add(wishes.regions, seeker.desiredRegionCode, 'EMPLOYMENT');
    add(wishes.employmentTypes, seeker.desiredEmploymentType, 'EMPLOYMENT');
    wage(seeker.desiredMonthlyWageKrw, 'EMPLOYMENT');
  }
  const profile = person.womenReemployment?.profile;
  if (profile) {
    add(wishes.occupations, profile.desiredOccupation.code, 'WOMEN');
    for (const type of ARRANGEMENT_TYPES[profile.desiredWorkArrangement] ?? []) add(wishes.employmentTypes, type, 'WOMEN');
    wage(profile.desiredMonthlyWageKrw, 'WOMEN');
  }
  const registration = person.veterans?.registration;
  if (registration) {
    add(wishes.occupations, registration.desiredOccupation.code, 'VETERANS');
    add(wishes.regions, registration.desiredRegionCode, 'VETERANS');
    wage(registration.desiredMonthlyWageKrw, 'VETERANS');
  }
  return wishes;
}

/** The province (시도) of a 시군구 code: its first two digits. */
export const provinceOf = (municipalityCode: string) => municipalityCode.slice(0, 2);

const list = (sources: Set<string> | undefined) => [...(sources ?? [])].sort().join(', ');
const won = (krw: number) => `${krw.toLocaleString('en-US')} KRW`;

/** Scores one posting against the wishes, with a reason for every criterion that scored (see Participant.recommendedJobs). */
export function scorePosting(posting: Candidate, wishes: Wishes): { score: number; reasons: string[] } {
  let score = 0;
  const reasons: string[] = [];
  const occupation = wishes.occupations.get(posting.occupationCode);
  if (occupation) {
    score += 50;
    reasons.push(`desired occupation ${posting.occupationName} (${posting.occupationCode}), recorded by ${list(occupation)}`);
  }
  const region = wishes.regions.get(posting.workMunicipalityCode);
  const regionNames = (sources: Set<string>) => list(new Set([...sources].map((s) => (s === 'HOME' ? 'home municipality' : s))));
  if (region) {
    score += 25;
    reasons.push(`workplace ${posting.workMunicipalityCode} is a desired region (${regionNames(region)})`);
  } else {
    const sameProvince = [...wishes.regions].filter(([code]) => provinceOf(code) === provinceOf(posting.workMunicipalityCode));
    if (sameProvince.length) {
      score += 10;
      reasons.push(
        `workplace ${posting.workMunicipalityCode} is in the same province as ${sameProvince.map(([code, s]) => `${code} (${regionNames(s)})`).join(', ')}`,
      );
    }
  }
  if (wishes.wage && posting.monthlyWageKrw >= wishes.wage.krw) {
    score += 15;
    reasons.push(`pays ${won(posting.monthlyWageKrw)} a month, at least the desired ${won(wishes.wage.krw)} (${wishes.wage.source})`);
  }
  const type = wishes.employmentTypes.get(posting.employmentType);
  if (type) {
    score += 10;
    reasons.push(`employment type ${posting.employmentType} is desired (${list(type)})`);
  }
  return { score, reasons };
}

export interface Recommendation {
  vacancy: VacancyNode;
  posting: BoardPostingRow;
  score: number;
  reasons: string[];
}

/** A vacancy's best-fitting posting, before its full row and vacancy are loaded. */
export interface Ranked {
  posting: Candidate;
  score: number;
  reasons: string[];
}

/** Candidates are in a desired occupation or in the province of a desired region or home. */
export function isCandidate(posting: Candidate, wishes: Wishes): boolean {
  const provinces = new Set([...wishes.regions.keys()].map(provinceOf));
  return wishes.occupations.has(posting.occupationCode) || provinces.has(provinceOf(posting.workMunicipalityCode));
}

/** The best `first` vacancies: each scored by its best posting; ties to the higher wage, then the vacancy ID. */
export function rankVacancies(candidates: Candidate[], wishes: Wishes, first: number): Ranked[] {
  const best = new Map<string, Ranked>();
  for (const posting of candidates.filter((p) => isCandidate(p, wishes))) {
    const scored = { posting, ...scorePosting(posting, wishes) };
    const current = best.get(posting.vacancyId!);
    if (!current || scored.score > current.score || (scored.score === current.score && posting.monthlyWageKrw > current.posting.monthlyWageKrw)) {
      best.set(posting.vacancyId!, scored);
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || b.posting.monthlyWageKrw - a.posting.monthlyWageKrw || a.posting.vacancyId!.localeCompare(b.posting.vacancyId!))
    .slice(0, first);
}
