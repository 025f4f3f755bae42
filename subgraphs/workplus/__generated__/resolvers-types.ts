import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ParticipantRow, CenterRow, MunicipalityRow, CenterAgencyRow, StaffRow, ConsentRow, RoomRow, RoomBookingRow, IntakeRow, ReferralRow, ReferralChangeRow, ConsentChangeRow, PlacementRow } from '../src/store/tables';
import type { ParticipantPage } from '../src/resolvers/participants';
import type { BoardPostingRow } from '../src/board/tables';
import type { VacancyNode, BoardPage } from '../src/board/search';
import type { Recommendation } from '../src/board/recommendations';
import type { ReferralPage } from '../src/resolvers/referrals';
import type { IntakeResultValue } from '../src/resolvers/intake';
import type { DuplicateCandidateValue } from '../src/intake/duplicates';
import type { CenterPerformanceValue } from '../src/placements/performance';
import type { Context } from '../src/context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** Instant in time, ISO 8601 with offset. */
  DateTime: { input: Date | string; output: Date | string; }
  /** Amount in Korean won (원), a whole number that may exceed 2^31. */
  Krw: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An agency that sits in the center. */
export type Agency =
  /** Public employment center (고용센터) */
  | 'EMPLOYMENT'
  /** Municipal job center (지자체 일자리센터) */
  | 'JOBCENTER'
  /** Local self-sufficiency center (지역자활센터) */
  | 'SELF_SUFFICIENCY'
  /** Municipal welfare desk on the social security information system (행복e음) */
  | 'SOCIAL_SECURITY'
  /** Veterans support center (제대군인지원센터) */
  | 'VETERANS'
  /** Women's reemployment center (여성새로일하기센터, 새일센터) */
  | 'WOMEN'
  /** The center's own desk (고용복지플러스센터, Work-Plus) */
  | 'WORKPLUS';

export type AgencyPerformance = {
  __typename?: 'AgencyPerformance';
  agency: Agency;
  /** Of those credited, placements shared with another agency. */
  jointPlacements: Scalars['Int']['output'];
  /** Median days from request to acceptance of the referrals it accepted in the period; null when none. */
  medianDaysToAccept: Maybe<Scalars['Float']['output']>;
  /** Placements this agency is credited with, alone or jointly. */
  placementsCredited: Scalars['Int']['output'];
  /** Of those, placements it made itself. */
  placementsMade: Scalars['Int']['output'];
  /** Referrals the agency accepted in the period. */
  referralsAccepted: Scalars['Int']['output'];
  /** Referrals the agency received that were requested in the period. */
  referralsReceived: Scalars['Int']['output'];
};

export type BookRoomInput = {
  endsAt: Scalars['DateTime']['input'];
  /**
   * Any unique string per intended booking, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  purpose: Scalars['String']['input'];
  roomId: Scalars['ID']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/**
 * An Employment-Welfare Plus Center (고용복지플러스센터): a consortium of agencies
 * under one roof. The agencies stay legally independent.
 */
export type Center = {
  __typename?: 'Center';
  address: Scalars['String']['output'];
  /** The agencies with a desk in this center. */
  agencies: Array<CenterAgency>;
  id: Scalars['ID']['output'];
  municipality: Municipality;
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  /**
   * Placements and referral work of each agency in the center for placements
   * that started, and referrals accepted, between `from` and `to` (inclusive,
   * at most 366 days). Staff of the center only.
   */
  performance: CenterPerformance;
  phone: Scalars['String']['output'];
  /**
   * A referral still open (requested, accepted or in progress) this many days
   * after it was requested is flagged overdue (장기 미처리). Set per center with
   * setReferralOverdueDays; 14 unless changed.
   */
  referralOverdueDays: Scalars['Int']['output'];
  /** Rooms partner agencies share in the center (시설). */
  rooms: Array<Room>;
  /** Municipalities whose residents the center serves (관할 시군구). */
  servedMunicipalities: Array<Municipality>;
  staff: Array<Staff>;
};


/**
 * An Employment-Welfare Plus Center (고용복지플러스센터): a consortium of agencies
 * under one roof. The agencies stay legally independent.
 */
export type CenterPerformanceArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


/**
 * An Employment-Welfare Plus Center (고용복지플러스센터): a consortium of agencies
 * under one roof. The agencies stay legally independent.
 */
export type CenterStaffArgs = {
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  agency?: InputMaybe<Agency>;
};

export type CenterAgency = {
  __typename?: 'CenterAgency';
  agency: Agency;
  joinedOn: Scalars['Date']['output'];
  /** The agency's own name for its desk, e.g. 서울서부고용센터. */
  officeName: Scalars['String']['output'];
};

/** A center's results over a period. */
export type CenterPerformance = {
  __typename?: 'CenterPerformance';
  /** One row per agency with a desk in the center. */
  byAgency: Array<AgencyPerformance>;
  from: Scalars['Date']['output'];
  /** Placements credited to more than one agency. */
  jointPlacements: Scalars['Int']['output'];
  /** Placements that started in the period, each counted once however many agencies share it. */
  placements: Scalars['Int']['output'];
  to: Scalars['Date']['output'];
};

export type ConsentAction =
  | 'RECORDED'
  | 'WITHDRAWN';

/**
 * Why the one who acted on a consent could (동의 처리 권한). A consent is the
 * person's: staff at the person's own center record what the person agreed,
 * and no staff member records a consent that makes their own agency the
 * recipient.
 */
export type ConsentAuthority =
  /** The center's Work-Plus desk, which discloses and receives no agency's records */
  | 'CENTER_DESK'
  /** Counselling staff of the person's center, withdrawing at the person's request */
  | 'CENTER_STAFF'
  /** The person, with a citizen token */
  | 'DATA_SUBJECT'
  /** Staff of the disclosing agency at the person's center: the owner of the data releasing it */
  | 'DISCLOSER_DESK';

/** One recording or withdrawal of a consent. */
export type ConsentChange = {
  __typename?: 'ConsentChange';
  action: ConsentAction;
  at: Scalars['DateTime']['output'];
  authority: ConsentAuthority;
  /** Staff ID, or the participant ID when the person acted themself. */
  by: Scalars['String']['output'];
  byAgency: Agency;
  byCenter: Scalars['ID']['output'];
};

export type ConsentInput = {
  /** The agency whose records may be disclosed. */
  discloser: Agency;
  purposes: Array<PurposeOfUse>;
  /** The agency that may receive them. */
  recipient: Agency;
  /** Last day the consent holds; at most five years ahead. */
  validUntil: Scalars['Date']['input'];
};

export type Contact = {
  __typename?: 'Contact';
  email: Maybe<Scalars['String']['output']>;
  /** Mobile phone (휴대전화), e.g. 010-1234-5678. */
  phone: Maybe<Scalars['String']['output']>;
};

/** A count that stops at a limit (see the field that returns it). */
export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  precision: CountPrecision;
};

export type CountPrecision =
  /** The count stopped at its limit; more may match. */
  | 'AT_LEAST'
  /** Every match was counted. */
  | 'EXACT';

/**
 * One read of a person's data (열람 기록): who read which items, when, why and
 * on what legal basis. Held by the agency that owns the data.
 */
export type DataAccess = {
  __typename?: 'DataAccess';
  at: Scalars['DateTime']['output'];
  /** OWN_AGENCY, DATA_SUBJECT, CENTER_REGISTRATION, CONSENT <consent id> or STATUTE <law>. */
  basis: Scalars['String']['output'];
  /** What was read, e.g. employment.placements. */
  items: Array<Scalars['String']['output']>;
  /** The agency whose records were read. */
  owner: Agency;
  purpose: Maybe<PurposeOfUse>;
  readerAgency: Agency;
  readerCenter: Scalars['String']['output'];
  /** Staff ID of the reader, or the participant ID when the person read their own data. */
  readerId: Scalars['String']['output'];
};

/**
 * Consent (정보제공 동의) recorded at intake: `discloser` may give `recipient`
 * its records about the person for `purposes`, from `grantedOn` until
 * `validUntil`, unless withdrawn. The same type in every subgraph that reads it.
 */
export type DisclosureConsent = {
  __typename?: 'DisclosureConsent';
  discloser: Agency;
  grantedOn: Scalars['Date']['output'];
  /** Who recorded and who withdrew it, and on what authority (동의 처리 이력), oldest first. */
  history: Array<ConsentChange>;
  id: Scalars['ID']['output'];
  purposes: Array<PurposeOfUse>;
  recipient: Agency;
  validUntil: Scalars['Date']['output'];
  /** The day the person withdrew it; from then on it allows nothing. */
  withdrawnOn: Maybe<Scalars['Date']['output']>;
};

export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  matchedOn: Array<DuplicateMatch>;
  participant: Participant;
};

export type DuplicateMatch =
  | 'NAME_AND_BIRTH_DATE'
  | 'PHONE';

export type EmploymentRecord = {
  __typename?: 'EmploymentRecord';
  jobSeeker: JobSeekerRegistration;
};

export type EmploymentType =
  /** Daily work (일용직) */
  | 'DAILY'
  /** Fixed-term contract (계약직) */
  | 'FIXED_TERM'
  /** Part-time (시간제) */
  | 'PART_TIME'
  /** Permanent full-time (정규직) */
  | 'PERMANENT';

export type Gender =
  | 'FEMALE'
  | 'MALE';

/**
 * An initial consultation (초기상담) at a center's desk. Seen by staff of the
 * counselling agency and the Work-Plus desk of that center, and by the person;
 * agencies it referred to see the referrals.
 */
export type Intake = {
  __typename?: 'Intake';
  at: Scalars['DateTime']['output'];
  center: Center;
  /** Staff ID of the counsellor. */
  counsellor: Scalars['String']['output'];
  counsellorAgency: Agency;
  id: Scalars['ID']['output'];
  needs: Array<IntakeNeed>;
  notes: Maybe<Scalars['String']['output']>;
  participant: Participant;
  /** The referrals sent from this intake. */
  referrals: Array<Referral>;
};

export type IntakeInput = {
  /** Consents given at the intake (정보제공 동의); recorded before the referrals, which may rely on them. */
  consents?: InputMaybe<Array<ConsentInput>>;
  /**
   * Any unique string per intended intake, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  needs: Array<IntakeNeed>;
  /** Register `person` although these participants matched: the counsellor checked they are different people. */
  notDuplicateOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A registered participant (a returning visitor, or one a possible duplicate turned out to be). Give this or `person`. */
  participantId?: InputMaybe<Scalars['ID']['input']>;
  /** A person to register. */
  person?: InputMaybe<NewPersonInput>;
  /** Referrals to send now; each must serve one of `needs`. */
  referrals?: InputMaybe<Array<IntakeReferralInput>>;
};

/** What a person came for; each need is served by one agency. */
export type IntakeNeed =
  /** Returning to work after a career break (경력단절): WOMEN */
  | 'CAREER_BREAK'
  /** Work, job search, training: EMPLOYMENT */
  | 'EMPLOYMENT'
  /** Self-sufficiency work for recipients and the near-poor (자활): SELF_SUFFICIENCY */
  | 'SELF_SUFFICIENCY'
  /** Discharged service member (제대군인): VETERANS */
  | 'VETERAN'
  /** Livelihood, housing, medical or emergency support: SOCIAL_SECURITY */
  | 'WELFARE';

export type IntakeOutcome =
  /** Nothing was written: the person may already be registered. */
  | 'POSSIBLE_DUPLICATE'
  /** The intake was recorded for a registered participant. */
  | 'RECORDED'
  /** A new participant was registered and the intake recorded. */
  | 'REGISTERED';

export type IntakeReferralInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  service: ReferralService;
  toAgency: Agency;
};

export type IntakeResult = {
  __typename?: 'IntakeResult';
  /** The intake recorded; null when the outcome is POSSIBLE_DUPLICATE. */
  intake: Maybe<Intake>;
  outcome: IntakeOutcome;
  /** The registered participants the new person matched; empty unless POSSIBLE_DUPLICATE. */
  possibleDuplicates: Array<DuplicateCandidate>;
};

export type JobBoardConnection = {
  __typename?: 'JobBoardConnection';
  edges: Array<JobBoardEdge>;
  /**
   * When the board last took a posting event. The board is eventually
   * consistent: an owner's change appears once its event is indexed, normally
   * within a second; the owner's own subgraph is always current.
   */
  lastIndexedAt: Maybe<Scalars['DateTime']['output']>;
  pageInfo: PageInfo;
  /** Vacancies that match the filter, across every page. */
  totalCount: Scalars['Int']['output'];
};

export type JobBoardEdge = {
  __typename?: 'JobBoardEdge';
  cursor: Scalars['String']['output'];
  node: JobVacancy;
};

export type JobBoardFilter = {
  /** Postings registered at this agency. */
  agency?: InputMaybe<Agency>;
  employmentType?: InputMaybe<EmploymentType>;
  /** Postings that pay at least this much a month. */
  minMonthlyWageKrw?: InputMaybe<Scalars['Krw']['input']>;
  /** 5-digit 시군구 code of the workplace, e.g. 11440 for 마포구. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** KECO occupation code, e.g. 5501 for 요양보호사. */
  occupationCode?: InputMaybe<Scalars['String']['input']>;
  /** Province or metropolitan city (시도) of the workplace, e.g. 서울특별시. */
  province?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A job posting (구인 공고) as its owning agency registered it. The same type
 * in every subgraph that holds postings.
 */
export type JobPosting = {
  __typename?: 'JobPosting';
  /** The agency that registered and owns the posting. */
  agency: Agency;
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  /** Last day of applications (마감일). */
  closeOn: Scalars['Date']['output'];
  closedReason: Maybe<Scalars['String']['output']>;
  employerName: Scalars['String']['output'];
  employmentType: EmploymentType;
  id: Scalars['ID']['output'];
  monthlyWageKrw: Scalars['Krw']['output'];
  occupation: Occupation;
  openOn: Scalars['Date']['output'];
  /** Number of people sought (모집인원). */
  openings: Scalars['Int']['output'];
  status: JobPostingStatus;
  title: Scalars['String']['output'];
  /** Starts at 1; one more on every change. */
  version: Scalars['Int']['output'];
  /** 5-digit 시군구 code of the workplace. */
  workMunicipalityCode: Scalars['String']['output'];
};

/**
 * A job posting to register. Every problem is reported at once and nothing is
 * written until all are fixed.
 */
export type JobPostingInput = {
  /** Business registration number (사업자등록번호): 10 digits with a valid check digit; hyphens are ignored. */
  businessRegistrationNumber: Scalars['String']['input'];
  /** Not before openOn, not in the past, at most 366 days after openOn. */
  closeOn: Scalars['Date']['input'];
  employerName: Scalars['String']['input'];
  employmentType: EmploymentType;
  /**
   * Any unique string per intended posting, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  monthlyWageKrw: Scalars['Krw']['input'];
  /** KECO occupation code from the center's occupation list, e.g. 5501. */
  occupationCode: Scalars['String']['input'];
  openOn: Scalars['Date']['input'];
  /** 1 to 1000. */
  openings: Scalars['Int']['input'];
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
  /** 5-digit 시군구 code of the workplace. */
  workMunicipalityCode: Scalars['String']['input'];
};

export type JobPostingStatus =
  /** Closed by its agency (마감) */
  | 'CLOSED'
  /** Taking applications (모집 중) */
  | 'OPEN';

/** One recommended vacancy and why it fits (see Participant.recommendedJobs). */
export type JobRecommendation = {
  __typename?: 'JobRecommendation';
  /** The vacancy's posting that fits best. */
  posting: JobPosting;
  /** Each criterion that scored, in plain words, with the agencies it came from. */
  reasons: Array<Scalars['String']['output']>;
  /** 0 to 100. */
  score: Scalars['Int']['output'];
  vacancy: JobVacancy;
};

export type JobSeekerRegistration = {
  __typename?: 'JobSeekerRegistration';
  desiredEmploymentType: EmploymentType;
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  desiredRegionCode: Scalars['String']['output'];
};

/**
 * One vacancy on the job board (구인 공고): the postings one employer
 * registered for the same occupation at one or more agencies with
 * overlapping periods, shown once.
 */
export type JobVacancy = {
  __typename?: 'JobVacancy';
  /** Every agency that holds this vacancy. */
  agencies: Array<Agency>;
  /** Business registration number (사업자등록번호), 10 digits. */
  businessRegistrationNumber: Scalars['String']['output'];
  /** Latest closeOn of its postings. */
  closeOn: Scalars['Date']['output'];
  employerName: Scalars['String']['output'];
  /** `vac-` and the smallest posting ID in the group; changes if postings join or leave. */
  id: Scalars['ID']['output'];
  occupation: Occupation;
  /** Earliest openOn of its postings. */
  openOn: Scalars['Date']['output'];
  /** Each agency's posting of it, by agency. */
  postings: Array<JobPosting>;
};

/**
 * A city, county or district (시군구), identified by its 5-digit administrative
 * standard code (행정표준코드).
 */
export type Municipality = {
  __typename?: 'Municipality';
  code: Scalars['ID']['output'];
  /** e.g. 마포구 */
  name: Scalars['String']['output'];
  /** Province or metropolitan city (시도), e.g. 서울특별시. */
  province: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The receiving agency takes the referral on: REQUESTED → ACCEPTED. */
  acceptReferral: Referral;
  /**
   * Books a room for a time slot (at most 8 hours, not in the past) for staff
   * of the room's center. The database refuses any overlap with a live
   * booking, even when requests race: the loser gets CONFLICT. Retrying with
   * the same idempotencyKey returns the first booking instead of a second one.
   */
  bookRoom: RoomBooking;
  /**
   * Withdraws the referral, with a reason: the sending agency from REQUESTED,
   * ACCEPTED or IN_PROGRESS; the receiving agency from ACCEPTED or
   * IN_PROGRESS (before that it declines instead).
   */
  cancelReferral: Referral;
  /** Cancels a booking (its slot becomes free). Cancelling again changes nothing. */
  cancelRoomBooking: RoomBooking;
  /** The receiving agency finished the service: IN_PROGRESS → COMPLETED. */
  completeReferral: Referral;
  /** The receiving agency turns the referral down: REQUESTED → DECLINED, with a reason. */
  declineReferral: Referral;
  /**
   * Records the consents a person gives at intake (정보제공 동의): which agency
   * may disclose its records to which, for what purposes, until when. All are
   * recorded or none; any invalid entry is reported and nothing is written.
   * Safe to retry: recording the same consent again returns the one on file.
   * Recorded by the person themself (citizen token), or by counsellors and
   * supervisors at the person's own center (registered there, or resident in a
   * municipality it serves): staff of the disclosing agency, or the center's
   * Work-Plus desk. No one records a consent whose recipient is their own
   * agency (FORBIDDEN): that is for the discloser's desk or the person.
   */
  recordConsents: Array<DisclosureConsent>;
  /**
   * Reports a placement (취업) to the center's performance register. The
   * caller's agency is the placing agency; every agency that took part in an
   * accepted referral of the person in the 12 months before the job started
   * is credited with it too (공동 실적). Retrying with the same idempotencyKey
   * returns the first record.
   */
  recordPlacement: Placement;
  /**
   * Initial consultation and registration (초기상담 등록), all in one
   * transaction: registers a new person (or takes a registered one), records
   * the intake's needs, notes and consents, and sends the referrals the needs
   * call for. A new person whose name and birth date, or phone number, match
   * a registered participant is not registered: the answer is
   * POSSIBLE_DUPLICATE with the matching records and nothing is written. Then
   * either record the intake for that participant (participantId) or, if the
   * counsellor confirmed they are different people, send again with their IDs
   * in notDuplicateOf. Retrying with the same idempotencyKey returns the
   * first result. Counselling staff only.
   */
  registerIntake: IntakeResult;
  /**
   * Refers a participant from the caller's agency to another agency's service
   * in the caller's center (서비스 연계). The person must have consented to the
   * caller's agency disclosing to the receiving one for purpose REFERRAL,
   * unless the caller is the Work-Plus desk, whose registration data the
   * center shares. Retrying with the same idempotencyKey returns the first
   * referral.
   */
  requestReferral: Referral;
  /** Sets after how many days (1–180) an open referral of the center is flagged overdue. Administrators and supervisors of the center. */
  setReferralOverdueDays: Center;
  /** The receiving agency starts the service: ACCEPTED → IN_PROGRESS. */
  startReferral: Referral;
  /**
   * Withdraws a consent (동의 철회). From the next request on, no agency
   * discloses under it. Withdrawing again changes nothing and returns it as is.
   * The person (citizen token), or counsellors and supervisors of the person's
   * own center, may withdraw; anyone else is FORBIDDEN.
   */
  withdrawConsent: DisclosureConsent;
};


export type MutationAcceptReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBookRoomArgs = {
  input: BookRoomInput;
};


export type MutationCancelReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelRoomBookingArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCompleteReferralArgs = {
  id: Scalars['ID']['input'];
  outcome?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeclineReferralArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRecordConsentsArgs = {
  consents: Array<ConsentInput>;
  participantId: Scalars['ID']['input'];
};


export type MutationRecordPlacementArgs = {
  input: PlacementInput;
};


export type MutationRegisterIntakeArgs = {
  input: IntakeInput;
};


export type MutationRequestReferralArgs = {
  input: ReferralInput;
};


export type MutationSetReferralOverdueDaysArgs = {
  centerId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
};


export type MutationStartReferralArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawConsentArgs = {
  id: Scalars['ID']['input'];
};

export type NewPersonInput = {
  birthDate: Scalars['Date']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  gender: Gender;
  /** 5-digit 시군구 code of residence. */
  municipalityCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Mobile phone, e.g. 010-1234-5678. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/**
 * An occupation on the Korean Employment Classification of Occupations
 * (한국고용직업분류, KECO). The same value type in every agency that records occupations.
 */
export type Occupation = {
  __typename?: 'Occupation';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A person served at a center. Keyed by a pseudonymous participant ID that the
 * center issues at registration; the resident registration number (주민등록번호)
 * is never part of the graph. Identity is owned by Work-Plus; every agency adds
 * the one field it owns. Work-Plus holds identity and contact for the center's
 * casework and discloses them under its own policy, like every agency: counsellors and supervisors read them
 * for people registered at their center, resident in a municipality it serves, or
 * linked to their agency there by a referral or intake; the person reads their
 * own. Anyone else gets null with an error WITHHELD on each identity field.
 */
export type Participant = {
  __typename?: 'Participant';
  /** Date of birth (생년월일); null with WITHHELD outside Work-Plus's policy. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /**
   * What the person agreed each agency may disclose to another (정보제공 동의),
   * including withdrawn and expired consents. Every agency reads these before
   * it decides what to disclose. Empty for a caller who may not read the
   * person's identity.
   */
  consents: Array<DisclosureConsent>;
  /** Phone and email; null with WITHHELD outside Work-Plus's policy. */
  contact: Maybe<Contact>;
  /**
   * The data tracker: every read of this person's data by any agency in the
   * center, newest first, merged from each agency's own tamper-evident access
   * log (Work-Plus's included). Only the person (citizen token, purpose
   * self-access) and auditors (purpose audit) may read it; for anyone else it
   * is null with an error WITHHELD.
   */
  dataAccessLog: Maybe<Array<DataAccess>>;
  employment: Maybe<EmploymentRecord>;
  employmentAccessLog: Maybe<Array<DataAccess>>;
  employmentTimeline: Maybe<Array<TimelineEvent>>;
  /** Null with WITHHELD outside Work-Plus's policy. */
  gender: Maybe<Gender>;
  /** Municipality of residence (거주지 시군구); null with WITHHELD outside Work-Plus's policy. */
  homeMunicipality: Maybe<Municipality>;
  id: Scalars['ID']['output'];
  /** Full name (성명) as registered; null with WITHHELD outside Work-Plus's policy. */
  name: Maybe<Scalars['String']['output']>;
  /** Placements reported to the center (취업 실적), oldest first, each with its joint credit. */
  placements: Array<Placement>;
  /**
   * Open job board vacancies ranked by fit for this person (맞춤 일자리 추천),
   * best first, at most `first` (1 to 50). The person's wishes come from what
   * the agencies recorded and disclose to the caller under their own policy:
   * desired occupations (employment job-seeker registration, women's
   * career-break profile, veterans registration), desired regions (employment
   * and veterans), the lowest desired monthly wage any of them recorded,
   * desired employment types (employment's, and women's work arrangement:
   * PERMANENT and FIXED_TERM and PART_TIME as such, PERMANENT_TIME_SELECTIVE
   * as PERMANENT or PART_TIME), plus the home municipality Work-Plus holds. A
   * withheld record counts as nothing recorded. Each posting of a vacancy
   * scores out of 100: 50 if its occupation is a desired one; 25 if it is in
   * a desired region or the home municipality, else 10 if in the same
   * province (시도, the first two digits of the 시군구 code); 15 if its wage is
   * at least the desired wage; 10 if its employment type is a desired one.
   * A vacancy takes the score of its best posting. Only vacancies in a desired
   * occupation or in the province of the home or a desired region are
   * candidates. Ties go to the higher wage, then the vacancy ID.
   */
  recommendedJobs: Maybe<Array<JobRecommendation>>;
  /**
   * Referrals (서비스 연계) of this person that the caller's agency sent or
   * received, oldest first. Work-Plus desk staff of the referral's center and
   * the person themself see all of them.
   */
  referrals: Array<Referral>;
  registeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The center where the person was first registered (최초 등록 센터); null with WITHHELD outside Work-Plus's policy. */
  registeredCenter: Maybe<Center>;
  selfSufficiencyAccessLog: Maybe<Array<DataAccess>>;
  selfSufficiencyTimeline: Maybe<Array<TimelineEvent>>;
  /**
   * The person's path through the center (이력), oldest first: what every
   * agency contributes from its own records (registrations, counselling,
   * referrals, benefit decisions, placements, training, programs), each under
   * that agency's own disclosure policy, merged with Work-Plus's own events.
   * An agency that withholds its events is named in withheldBy, so the picture
   * is known to be partial.
   */
  timeline: Maybe<ParticipantTimeline>;
  veterans: Maybe<VeteranRecord>;
  veteransAccessLog: Maybe<Array<DataAccess>>;
  veteransTimeline: Maybe<Array<TimelineEvent>>;
  welfareAccessLog: Maybe<Array<DataAccess>>;
  welfareTimeline: Maybe<Array<TimelineEvent>>;
  womenReemployment: Maybe<WomenReemploymentRecord>;
  womenReemploymentAccessLog: Maybe<Array<DataAccess>>;
  womenReemploymentTimeline: Maybe<Array<TimelineEvent>>;
};


/**
 * A person served at a center. Keyed by a pseudonymous participant ID that the
 * center issues at registration; the resident registration number (주민등록번호)
 * is never part of the graph. Identity is owned by Work-Plus; every agency adds
 * the one field it owns. Work-Plus holds identity and contact for the center's
 * casework and discloses them under its own policy, like every agency: counsellors and supervisors read them
 * for people registered at their center, resident in a municipality it serves, or
 * linked to their agency there by a referral or intake; the person reads their
 * own. Anyone else gets null with an error WITHHELD on each identity field.
 */
export type ParticipantRecommendedJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ParticipantConnection = {
  __typename?: 'ParticipantConnection';
  /**
   * How many participants match the filter, across every page, counted no
   * further than `limit` (1–10,000): `precision` is EXACT when fewer matched,
   * AT_LEAST when the count stopped there. Its cost follows `limit`, not the
   * number of people, so a center's caseload counts as fast at a million people
   * as at ten thousand. Logged as a probe, like `totalCount`.
   */
  count: Count;
  edges: Array<ParticipantEdge>;
  pageInfo: PageInfo;
  /**
   * All participants that match the filter, across every page.
   * @deprecated Counts every match, so its cost grows with the people in the caller's scope (a third of a second at 240,000). Use `count`, which stops at its limit.
   */
  totalCount: Scalars['Int']['output'];
};


export type ParticipantConnectionCountArgs = {
  limit?: InputMaybe<Scalars['Int']['input']>;
};

export type ParticipantEdge = {
  __typename?: 'ParticipantEdge';
  cursor: Scalars['String']['output'];
  node: Participant;
};

export type ParticipantFilter = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  /** These participants only, e.g. a counsellor's caseload (at most 100 IDs). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 5-digit 시군구 code, e.g. 11440 for 마포구. */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** Exact name, or a prefix when it ends with '*' (e.g. '김*'). */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A person's timeline (이력) across the center's agencies. */
export type ParticipantTimeline = {
  __typename?: 'ParticipantTimeline';
  /** Events of every agency that disclosed them, and of Work-Plus, oldest first. */
  events: Array<TimelineEvent>;
  /**
   * Agencies whose events are missing because they withheld them (no consent
   * or legal basis for this caller and purpose, or a resident outside the
   * caller's center) or did not answer. Named whether or not the agency knows
   * the person, so withholding reveals nothing.
   */
  withheldBy: Array<Agency>;
};

/** A placement (취업) reported to the center's performance register. */
export type Placement = {
  __typename?: 'Placement';
  center: Center;
  /**
   * Every agency credited (공동 실적): the placing agency, and both agencies of
   * each referral of the person that was accepted in the 12 months before the
   * job started. Fixed when the placement is recorded.
   */
  creditedAgencies: Array<Agency>;
  /** The accepted referrals the joint credit comes from. */
  creditingReferrals: Array<Referral>;
  employerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  participant: Participant;
  /** The agency that made the placement. */
  placingAgency: Agency;
  recordedAt: Scalars['DateTime']['output'];
  /** Staff ID of who recorded it. */
  recordedBy: Scalars['String']['output'];
  startedOn: Scalars['Date']['output'];
};

export type PlacementInput = {
  employerName: Scalars['String']['input'];
  /**
   * Any unique string per intended placement, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  jobTitle: Scalars['String']['input'];
  participantId: Scalars['ID']['input'];
  /** First day of work; not in the future and not more than a year ago. */
  startedOn: Scalars['Date']['input'];
};

/** Why data is read (이용 목적). Every request that reads personal data states one. */
export type PurposeOfUse =
  | 'AUDIT'
  | 'COUNSELLING'
  | 'ELIGIBILITY'
  | 'PLACEMENT'
  | 'REFERRAL'
  /** The person reading their own data (정보주체 열람) */
  | 'SELF_ACCESS';

export type Query = {
  __typename?: 'Query';
  center: Maybe<Center>;
  /** Every Employment-Welfare Plus Center (고용복지플러스센터). */
  centers: Array<Center>;
  /**
   * The center-wide job board (통합 구인 게시판): the open postings of every
   * agency that registers them (employment, women, veterans, job center),
   * searched together. Duplicates are shown once: postings with the same
   * business registration number (사업자등록번호), the same occupation code
   * and overlapping periods [openOn, closeOn] (both days inclusive, and
   * transitively: A overlaps B and B overlaps C makes one vacancy) are one
   * JobVacancy that lists every agency holding it and each agency's posting.
   * A vacancy matches when at least one of its open postings matches every
   * given filter. Open means the owner has not closed it and closeOn is today
   * or later. Newest first (latest openOn in the vacancy, then vacancy ID),
   * with cursors, at most 100 per page. The owners stay the source of truth:
   * the board is an index fed by their events, usually current within a
   * second of the owner's change; see `lastIndexedAt`.
   */
  jobBoard: JobBoardConnection;
  /** One person by pseudonymous participant ID, or null if no such participant exists. */
  participant: Maybe<Participant>;
  /**
   * Finds participants by name, birth date and home municipality. All given
   * filters must match. Results are ordered by participant ID and paginated
   * with cursors (at most 100 per page). Only people whose identity the caller
   * may read are found or counted (counsellors and supervisors; others are
   * FORBIDDEN), and every search or count is logged as a probe with the
   * filter's items.
   */
  participants: ParticipantConnection;
  /** One referral, if the caller's agency is a party to it (or the caller is the person or the center's Work-Plus desk). */
  referral: Maybe<Referral>;
  /**
   * The caller's referral worklist: referrals of the caller's center that the
   * caller's agency sent or received (all of them for the Work-Plus desk),
   * newest first, with cursor pagination (at most 100 per page).
   */
  referrals: ReferralConnection;
  /** Bookings of every room of a center that start on `date` (KST), in time order. */
  roomBookings: Array<RoomBooking>;
};


export type QueryCenterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJobBoardArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JobBoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryParticipantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParticipantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReferralArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReferralFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRoomBookingsArgs = {
  centerId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};

/**
 * A referral (서비스 연계) of one participant from one agency to a service of
 * another agency in the same center. It moves
 * REQUESTED → ACCEPTED → IN_PROGRESS → COMPLETED, or ends DECLINED or
 * CANCELLED with a reason; every change is kept in `history`.
 */
export type Referral = {
  __typename?: 'Referral';
  /** When the receiving agency accepted it; null before. */
  acceptedAt: Maybe<Scalars['DateTime']['output']>;
  center: Center;
  /** When it reached COMPLETED, DECLINED or CANCELLED; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The decline or cancel reason, or the completion outcome. */
  closingNote: Maybe<Scalars['String']['output']>;
  /** Whole days since it was requested, up to when it closed. */
  daysOpen: Scalars['Int']['output'];
  fromAgency: Agency;
  /** Every change, oldest first, with who made it and when. */
  history: Array<ReferralChange>;
  id: Scalars['ID']['output'];
  /** What the sending counsellor wants the receiving agency to know. */
  note: Maybe<Scalars['String']['output']>;
  /**
   * Open (REQUESTED, ACCEPTED or IN_PROGRESS) for more than the center's
   * referralOverdueDays since it was requested.
   */
  overdue: Scalars['Boolean']['output'];
  participant: Participant;
  requestedAt: Scalars['DateTime']['output'];
  /** Staff ID of who requested it. */
  requestedBy: Scalars['String']['output'];
  service: ReferralService;
  status: ReferralStatus;
  toAgency: Agency;
};

/** One change of a referral's status. */
export type ReferralChange = {
  __typename?: 'ReferralChange';
  at: Scalars['DateTime']['output'];
  /** Staff ID of who made the change. */
  by: Scalars['String']['output'];
  byAgency: Agency;
  /** Null for the request itself. */
  from: Maybe<ReferralStatus>;
  /** The reason (decline, cancel) or outcome (complete) given with it. */
  note: Maybe<Scalars['String']['output']>;
  to: ReferralStatus;
};

export type ReferralConnection = {
  __typename?: 'ReferralConnection';
  edges: Array<ReferralEdge>;
  pageInfo: PageInfo;
};

export type ReferralDirection =
  | 'RECEIVED'
  | 'SENT';

export type ReferralEdge = {
  __typename?: 'ReferralEdge';
  cursor: Scalars['String']['output'];
  node: Referral;
};

export type ReferralFilter = {
  /** SENT: from the caller's agency; RECEIVED: to it; absent: both. */
  direction?: InputMaybe<ReferralDirection>;
  /** Only those flagged overdue (true) or not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  participantId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<ReferralStatus>>;
};

export type ReferralInput = {
  /**
   * Any unique string per intended referral, e.g. a UUID (1 to 100 characters); a
   * retry sends the same key with the same input and gets the first answer. The
   * key belongs to its caller (staff ID, agency, center) and to that input: the
   * same key with another input, or from anyone else, is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  participantId: Scalars['ID']['input'];
  service: ReferralService;
  /** The receiving agency; must be the agency that offers `service`. */
  toAgency: Agency;
};

/**
 * The services one agency can refer a person to. Each belongs to one agency;
 * a referral names the service and goes to its agency.
 */
export type ReferralService =
  /** Career-break counselling and placement (새일센터 취업상담), WOMEN */
  | 'CAREER_BREAK_COUNSELLING'
  /** Emergency welfare support (긴급복지지원), SOCIAL_SECURITY */
  | 'EMERGENCY_WELFARE'
  /** Job-seeker registration and job placement (구직등록·취업알선), EMPLOYMENT */
  | 'JOB_PLACEMENT'
  /** National Employment Support Program (국민취업지원제도), EMPLOYMENT */
  | 'NESP'
  /** Self-sufficiency work programme (자활근로), SELF_SUFFICIENCY */
  | 'SELF_SUFFICIENCY_WORK'
  /** Unemployment benefit (실업급여), EMPLOYMENT */
  | 'UNEMPLOYMENT_BENEFIT'
  /** Veterans' career counselling and placement (제대군인 취업지원), VETERANS */
  | 'VETERAN_CAREER_SUPPORT'
  /** Vocational training (내일배움카드), EMPLOYMENT */
  | 'VOCATIONAL_TRAINING'
  /** Welfare eligibility assessment and benefits (복지급여 상담·신청), SOCIAL_SECURITY */
  | 'WELFARE_BENEFITS'
  /** New-work women internship (새일여성인턴), WOMEN */
  | 'WOMEN_INTERNSHIP';

export type ReferralStatus =
  /** The receiving agency took it on (접수) */
  | 'ACCEPTED'
  /** Withdrawn before it was completed (취소) */
  | 'CANCELLED'
  /** The service was delivered (완료) */
  | 'COMPLETED'
  /** The receiving agency turned it down (반려) */
  | 'DECLINED'
  /** The service has started (진행) */
  | 'IN_PROGRESS'
  /** Sent; waiting for the receiving agency (요청) */
  | 'REQUESTED';

/** A room in a center that any agency there may book (시설 예약). */
export type Room = {
  __typename?: 'Room';
  /** Live and cancelled bookings that start on `date` (KST), in time order. */
  bookings: Array<RoomBooking>;
  capacity: Scalars['Int']['output'];
  center: Center;
  id: Scalars['ID']['output'];
  kind: RoomKind;
  name: Scalars['String']['output'];
};


/** A room in a center that any agency there may book (시설 예약). */
export type RoomBookingsArgs = {
  date: Scalars['Date']['input'];
};

export type RoomBooking = {
  __typename?: 'RoomBooking';
  /** Staff ID of who booked it. */
  bookedBy: Scalars['String']['output'];
  cancelReason: Maybe<Scalars['String']['output']>;
  cancelled: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  purpose: Scalars['String']['output'];
  room: Room;
  startsAt: Scalars['DateTime']['output'];
};

export type RoomKind =
  /** One-to-one counselling (상담실) */
  | 'COUNSELLING_ROOM'
  /** Group sessions and programmes (집단상담실) */
  | 'GROUP_ROOM'
  /** Recruitment events (채용행사장) */
  | 'JOB_FAIR_HALL'
  /** Lectures and job-seeker training (강의실) */
  | 'LECTURE_HALL';

/** A staff account (사용자 계정) in Work-Plus. */
export type Staff = {
  __typename?: 'Staff';
  active: Scalars['Boolean']['output'];
  agency: Agency;
  center: Center;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  roles: Array<StaffRole>;
};

export type StaffRole =
  /** Manages accounts and center settings */
  | 'ADMINISTRATOR'
  /** Reads access logs only (감사) */
  | 'AUDITOR'
  /** Case worker (상담원) */
  | 'COUNSELLOR'
  /** Team lead (팀장) who can reassign cases */
  | 'SUPERVISOR';

/**
 * One event in a person's timeline, from the agency that recorded it. The
 * same type in every subgraph that declares it.
 */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /** The agency whose records the event comes from. */
  agency: Agency;
  /** When it happened; records kept by date read as the start of that day (KST). */
  at: Scalars['DateTime']['output'];
  /** A little more, e.g. the program or the occupation; never contact details. */
  detail: Maybe<Scalars['String']['output']>;
  kind: TimelineEventKind;
  /** What happened, in the staff's terms, e.g. 구직등록. */
  title: Scalars['String']['output'];
};

export type TimelineEventKind =
  /** Application for, or decision on, a benefit (급여 신청·결정) */
  | 'BENEFIT_DECISION'
  /** Counselling session or plan (상담) */
  | 'COUNSELLING'
  /** Initial consultation (초기상담) */
  | 'INTAKE'
  /** Placement in a job (취업) */
  | 'PLACEMENT'
  /** Participation in a program, e.g. NESP, internship, self-sufficiency work (사업 참여) */
  | 'PROGRAM'
  /** Referral between agencies (서비스 연계) */
  | 'REFERRAL'
  /** Registration with an agency or the center (등록) */
  | 'REGISTRATION'
  /** Vocational training (직업훈련) */
  | 'TRAINING';

export type VeteranRecord = {
  __typename?: 'VeteranRecord';
  registration: VeteranRegistration;
};

export type VeteranRegistration = {
  __typename?: 'VeteranRegistration';
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  desiredRegionCode: Scalars['String']['output'];
};

export type WomenCareerBreakProfile = {
  __typename?: 'WomenCareerBreakProfile';
  desiredMonthlyWageKrw: Scalars['Krw']['output'];
  desiredOccupation: Occupation;
  desiredWorkArrangement: WomenWorkArrangement;
};

export type WomenReemploymentRecord = {
  __typename?: 'WomenReemploymentRecord';
  profile: WomenCareerBreakProfile;
};

export type WomenWorkArrangement =
  | 'FIXED_TERM'
  | 'PART_TIME'
  | 'PERMANENT'
  | 'PERMANENT_TIME_SELECTIVE';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Center: Center;
  Municipality: Municipality;
  Participant: Participant;
  Referral: Referral;
  Room: Room;
  Staff: Staff;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Center:
    ( { __typename: 'Center' }
    & GraphQLRecursivePick<FederationTypes['Center'], {"id":true}> );
  Municipality:
    ( { __typename: 'Municipality' }
    & GraphQLRecursivePick<FederationTypes['Municipality'], {"code":true}> );
  Participant:
    ( { __typename: 'Participant' }
    & GraphQLRecursivePick<FederationTypes['Participant'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employmentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"womenReemploymentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"veteransAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"selfSufficiencyAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"welfareAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employmentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"womenReemploymentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"veteransAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"selfSufficiencyAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"welfareAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"employment":{"jobSeeker":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true,"desiredEmploymentType":true}},"womenReemployment":{"profile":{"desiredOccupation":{"code":true},"desiredWorkArrangement":true,"desiredMonthlyWageKrw":true}},"veterans":{"registration":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true}}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employmentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"womenReemploymentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"veteransAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"selfSufficiencyAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"welfareAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"employmentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"womenReemploymentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"veteransTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"selfSufficiencyTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"welfareTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employmentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"womenReemploymentAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"veteransAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"selfSufficiencyAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"welfareAccessLog":{"at":true,"owner":true,"readerId":true,"readerAgency":true,"readerCenter":true,"purpose":true,"basis":true,"items":true},"employment":{"jobSeeker":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true,"desiredEmploymentType":true}},"womenReemployment":{"profile":{"desiredOccupation":{"code":true},"desiredWorkArrangement":true,"desiredMonthlyWageKrw":true}},"veterans":{"registration":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true}},"employmentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"womenReemploymentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"veteransTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"selfSufficiencyTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"welfareTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employment":{"jobSeeker":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true,"desiredEmploymentType":true}},"womenReemployment":{"profile":{"desiredOccupation":{"code":true},"desiredWorkArrangement":true,"desiredMonthlyWageKrw":true}},"veterans":{"registration":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true}}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employment":{"jobSeeker":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true,"desiredEmploymentType":true}},"womenReemployment":{"profile":{"desiredOccupation":{"code":true},"desiredWorkArrangement":true,"desiredMonthlyWageKrw":true}},"veterans":{"registration":{"desiredOccupation":{"code":true},"desiredRegionCode":true,"desiredMonthlyWageKrw":true}},"employmentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"womenReemploymentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"veteransTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"selfSufficiencyTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"welfareTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true}}>
        | GraphQLRecursivePick<FederationTypes['Participant'], {"employmentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"womenReemploymentTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"veteransTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"selfSufficiencyTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true},"welfareTimeline":{"at":true,"agency":true,"kind":true,"title":true,"detail":true}}> ) );
  Referral:
    ( { __typename: 'Referral' }
    & GraphQLRecursivePick<FederationTypes['Referral'], {"id":true}> );
  Room:
    ( { __typename: 'Room' }
    & GraphQLRecursivePick<FederationTypes['Room'], {"id":true}> );
  Staff:
    ( { __typename: 'Staff' }
    & GraphQLRecursivePick<FederationTypes['Staff'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Agency: Agency;
  AgencyPerformance: ResolverTypeWrapper<AgencyPerformance>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  BookRoomInput: BookRoomInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Center: ResolverTypeWrapper<CenterRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CenterAgency: ResolverTypeWrapper<CenterAgencyRow>;
  CenterPerformance: ResolverTypeWrapper<CenterPerformanceValue>;
  ConsentAction: ConsentAction;
  ConsentAuthority: ConsentAuthority;
  ConsentChange: ResolverTypeWrapper<ConsentChangeRow>;
  ConsentInput: ConsentInput;
  Contact: ResolverTypeWrapper<Contact>;
  Count: ResolverTypeWrapper<Count>;
  CountPrecision: CountPrecision;
  DataAccess: ResolverTypeWrapper<DataAccess>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisclosureConsent: ResolverTypeWrapper<ConsentRow>;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidateValue>;
  DuplicateMatch: DuplicateMatch;
  EmploymentRecord: ResolverTypeWrapper<EmploymentRecord>;
  EmploymentType: EmploymentType;
  Gender: Gender;
  Intake: ResolverTypeWrapper<IntakeRow>;
  IntakeInput: IntakeInput;
  IntakeNeed: IntakeNeed;
  IntakeOutcome: IntakeOutcome;
  IntakeReferralInput: IntakeReferralInput;
  IntakeResult: ResolverTypeWrapper<IntakeResultValue>;
  JobBoardConnection: ResolverTypeWrapper<BoardPage>;
  JobBoardEdge: ResolverTypeWrapper<Omit<JobBoardEdge, 'node'> & { node: ResolversTypes['JobVacancy'] }>;
  JobBoardFilter: JobBoardFilter;
  JobPosting: ResolverTypeWrapper<BoardPostingRow>;
  JobPostingInput: JobPostingInput;
  JobPostingStatus: JobPostingStatus;
  JobRecommendation: ResolverTypeWrapper<Recommendation>;
  JobSeekerRegistration: ResolverTypeWrapper<JobSeekerRegistration>;
  JobVacancy: ResolverTypeWrapper<VacancyNode>;
  Krw: ResolverTypeWrapper<Scalars['Krw']['output']>;
  Municipality: ResolverTypeWrapper<MunicipalityRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewPersonInput: NewPersonInput;
  Occupation: ResolverTypeWrapper<Occupation>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Participant: ResolverTypeWrapper<ParticipantRow>;
  ParticipantConnection: ResolverTypeWrapper<ParticipantPage>;
  ParticipantEdge: ResolverTypeWrapper<Omit<ParticipantEdge, 'node'> & { node: ResolversTypes['Participant'] }>;
  ParticipantFilter: ParticipantFilter;
  ParticipantTimeline: ResolverTypeWrapper<ParticipantTimeline>;
  Placement: ResolverTypeWrapper<PlacementRow>;
  PlacementInput: PlacementInput;
  PurposeOfUse: PurposeOfUse;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Referral: ResolverTypeWrapper<ReferralRow>;
  ReferralChange: ResolverTypeWrapper<ReferralChangeRow>;
  ReferralConnection: ResolverTypeWrapper<ReferralPage>;
  ReferralDirection: ReferralDirection;
  ReferralEdge: ResolverTypeWrapper<Omit<ReferralEdge, 'node'> & { node: ResolversTypes['Referral'] }>;
  ReferralFilter: ReferralFilter;
  ReferralInput: ReferralInput;
  ReferralService: ReferralService;
  ReferralStatus: ReferralStatus;
  Room: ResolverTypeWrapper<RoomRow>;
  RoomBooking: ResolverTypeWrapper<RoomBookingRow>;
  RoomKind: RoomKind;
  Staff: ResolverTypeWrapper<StaffRow>;
  StaffRole: StaffRole;
  TimelineEvent: ResolverTypeWrapper<TimelineEvent>;
  TimelineEventKind: TimelineEventKind;
  VeteranRecord: ResolverTypeWrapper<VeteranRecord>;
  VeteranRegistration: ResolverTypeWrapper<VeteranRegistration>;
  WomenCareerBreakProfile: ResolverTypeWrapper<WomenCareerBreakProfile>;
  WomenReemploymentRecord: ResolverTypeWrapper<WomenReemploymentRecord>;
  WomenWorkArrangement: WomenWorkArrangement;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AgencyPerformance: AgencyPerformance;
  Int: Scalars['Int']['output'];
  Float: Scalars['Float']['output'];
  BookRoomInput: BookRoomInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Center: CenterRow;
  Boolean: Scalars['Boolean']['output'];
  CenterAgency: CenterAgencyRow;
  CenterPerformance: CenterPerformanceValue;
  ConsentChange: ConsentChangeRow;
  ConsentInput: ConsentInput;
  Contact: Contact;
  Count: Count;
  DataAccess: DataAccess;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DisclosureConsent: ConsentRow;
  DuplicateCandidate: DuplicateCandidateValue;
  EmploymentRecord: EmploymentRecord;
  Intake: IntakeRow;
  IntakeInput: IntakeInput;
  IntakeReferralInput: IntakeReferralInput;
  IntakeResult: IntakeResultValue;
  JobBoardConnection: BoardPage;
  JobBoardEdge: Omit<JobBoardEdge, 'node'> & { node: ResolversParentTypes['JobVacancy'] };
  JobBoardFilter: JobBoardFilter;
  JobPosting: BoardPostingRow;
  JobPostingInput: JobPostingInput;
  JobRecommendation: Recommendation;
  JobSeekerRegistration: JobSeekerRegistration;
  JobVacancy: VacancyNode;
  Krw: Scalars['Krw']['output'];
  Municipality: MunicipalityRow;
  Mutation: Record<PropertyKey, never>;
  NewPersonInput: NewPersonInput;
  Occupation: Occupation;
  PageInfo: PageInfo;
  Participant: ParticipantRow;
  ParticipantConnection: ParticipantPage;
  ParticipantEdge: Omit<ParticipantEdge, 'node'> & { node: ResolversParentTypes['Participant'] };
  ParticipantFilter: ParticipantFilter;
  ParticipantTimeline: ParticipantTimeline;
  Placement: PlacementRow;
  PlacementInput: PlacementInput;
  Query: Record<PropertyKey, never>;
  Referral: ReferralRow;
  ReferralChange: ReferralChangeRow;
  ReferralConnection: ReferralPage;
  ReferralEdge: Omit<ReferralEdge, 'node'> & { node: ResolversParentTypes['Referral'] };
  ReferralFilter: ReferralFilter;
  ReferralInput: ReferralInput;
  Room: RoomRow;
  RoomBooking: RoomBookingRow;
  Staff: StaffRow;
  TimelineEvent: TimelineEvent;
  VeteranRecord: VeteranRecord;
  VeteranRegistration: VeteranRegistration;
  WomenCareerBreakProfile: WomenCareerBreakProfile;
  WomenReemploymentRecord: WomenReemploymentRecord;
}>;

export type AgencyPerformanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgencyPerformance'] = ResolversParentTypes['AgencyPerformance']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  jointPlacements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDaysToAccept?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  placementsCredited?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placementsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralsAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referralsReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Center'] = ResolversParentTypes['Center'], FederationReferenceType extends FederationReferenceTypes['Center'] = FederationReferenceTypes['Center']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Center']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agencies?: Resolver<Array<ResolversTypes['CenterAgency']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  municipality?: Resolver<ResolversTypes['Municipality'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  performance?: Resolver<ResolversTypes['CenterPerformance'], ParentType, ContextType, RequireFields<CenterPerformanceArgs, 'from' | 'to'>>;
  phone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  referralOverdueDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rooms?: Resolver<Array<ResolversTypes['Room']>, ParentType, ContextType>;
  servedMunicipalities?: Resolver<Array<ResolversTypes['Municipality']>, ParentType, ContextType>;
  staff?: Resolver<Array<ResolversTypes['Staff']>, ParentType, ContextType, RequireFields<CenterStaffArgs, 'activeOnly'>>;
}>;

export type CenterAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CenterAgency'] = ResolversParentTypes['CenterAgency']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  joinedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  officeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CenterPerformanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CenterPerformance'] = ResolversParentTypes['CenterPerformance']> = ResolversObject<{
  byAgency?: Resolver<Array<ResolversTypes['AgencyPerformance']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  jointPlacements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ConsentChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConsentChange'] = ResolversParentTypes['ConsentChange']> = ResolversObject<{
  action?: Resolver<ResolversTypes['ConsentAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['ConsentAuthority'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  byCenter?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['CountPrecision'], ParentType, ContextType>;
}>;

export type DataAccessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DataAccess'] = ResolversParentTypes['DataAccess']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  readerAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  readerCenter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisclosureConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisclosureConsent'] = ResolversParentTypes['DisclosureConsent']> = ResolversObject<{
  discloser?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  grantedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ConsentChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['PurposeOfUse']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  validUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withdrawnOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  matchedOn?: Resolver<Array<ResolversTypes['DuplicateMatch']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
}>;

export type IntakeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Intake'] = ResolversParentTypes['Intake']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  counsellor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counsellorAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['IntakeNeed']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
}>;

export type IntakeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IntakeResult'] = ResolversParentTypes['IntakeResult']> = ResolversObject<{
  intake?: Resolver<Maybe<ResolversTypes['Intake']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IntakeOutcome'], ParentType, ContextType>;
  possibleDuplicates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType>;
}>;

export type JobBoardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobBoardConnection'] = ResolversParentTypes['JobBoardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JobBoardEdge']>, ParentType, ContextType>;
  lastIndexedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JobBoardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobBoardEdge'] = ResolversParentTypes['JobBoardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JobVacancy'], ParentType, ContextType>;
}>;

export type JobPostingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobPosting'] = ResolversParentTypes['JobPosting']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  closedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employmentType?: Resolver<ResolversTypes['EmploymentType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monthlyWageKrw?: Resolver<ResolversTypes['Krw'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  openOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  openings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobPostingStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workMunicipalityCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JobRecommendationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobRecommendation'] = ResolversParentTypes['JobRecommendation']> = ResolversObject<{
  posting?: Resolver<ResolversTypes['JobPosting'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacancy?: Resolver<ResolversTypes['JobVacancy'], ParentType, ContextType>;
}>;

export type JobVacancyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JobVacancy'] = ResolversParentTypes['JobVacancy']> = ResolversObject<{
  agencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  businessRegistrationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['Occupation'], ParentType, ContextType>;
  openOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  postings?: Resolver<Array<ResolversTypes['JobPosting']>, ParentType, ContextType>;
}>;

export interface KrwScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Krw'], any> {
  name: 'Krw';
}

export type MunicipalityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Municipality'] = ResolversParentTypes['Municipality'], FederationReferenceType extends FederationReferenceTypes['Municipality'] = FederationReferenceTypes['Municipality']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Municipality']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationAcceptReferralArgs, 'id'>>;
  bookRoom?: Resolver<ResolversTypes['RoomBooking'], ParentType, ContextType, RequireFields<MutationBookRoomArgs, 'input'>>;
  cancelReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCancelReferralArgs, 'id' | 'reason'>>;
  cancelRoomBooking?: Resolver<ResolversTypes['RoomBooking'], ParentType, ContextType, RequireFields<MutationCancelRoomBookingArgs, 'id' | 'reason'>>;
  completeReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationCompleteReferralArgs, 'id'>>;
  declineReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationDeclineReferralArgs, 'id' | 'reason'>>;
  recordConsents?: Resolver<Array<ResolversTypes['DisclosureConsent']>, ParentType, ContextType, RequireFields<MutationRecordConsentsArgs, 'consents' | 'participantId'>>;
  recordPlacement?: Resolver<ResolversTypes['Placement'], ParentType, ContextType, RequireFields<MutationRecordPlacementArgs, 'input'>>;
  registerIntake?: Resolver<ResolversTypes['IntakeResult'], ParentType, ContextType, RequireFields<MutationRegisterIntakeArgs, 'input'>>;
  requestReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationRequestReferralArgs, 'input'>>;
  setReferralOverdueDays?: Resolver<ResolversTypes['Center'], ParentType, ContextType, RequireFields<MutationSetReferralOverdueDaysArgs, 'centerId' | 'days'>>;
  startReferral?: Resolver<ResolversTypes['Referral'], ParentType, ContextType, RequireFields<MutationStartReferralArgs, 'id'>>;
  withdrawConsent?: Resolver<ResolversTypes['DisclosureConsent'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'id'>>;
}>;

export type OccupationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occupation'] = ResolversParentTypes['Occupation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant'], FederationReferenceType extends FederationReferenceTypes['Participant'] = FederationReferenceTypes['Participant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Participant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['DisclosureConsent']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  dataAccessLog?: Resolver<Maybe<Array<ResolversTypes['DataAccess']>>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  homeMunicipality?: Resolver<Maybe<ResolversTypes['Municipality']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placements?: Resolver<Array<ResolversTypes['Placement']>, ParentType, ContextType>;
  recommendedJobs?: Resolver<Maybe<Array<ResolversTypes['JobRecommendation']>>, ParentType, ContextType, RequireFields<ParticipantRecommendedJobsArgs, 'first'>>;
  referrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  registeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  registeredCenter?: Resolver<Maybe<ResolversTypes['Center']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<ResolversTypes['ParticipantTimeline']>, ParentType, ContextType>;
}>;

export type ParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipantConnection'] = ResolversParentTypes['ParticipantConnection']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType, RequireFields<ParticipantConnectionCountArgs, 'limit'>>;
  edges?: Resolver<Array<ResolversTypes['ParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipantEdge'] = ResolversParentTypes['ParticipantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
}>;

export type ParticipantTimelineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParticipantTimeline'] = ResolversParentTypes['ParticipantTimeline']> = ResolversObject<{
  events?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType>;
  withheldBy?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
}>;

export type PlacementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = ResolversObject<{
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  creditedAgencies?: Resolver<Array<ResolversTypes['Agency']>, ParentType, ContextType>;
  creditingReferrals?: Resolver<Array<ResolversTypes['Referral']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  placingAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  center?: Resolver<Maybe<ResolversTypes['Center']>, ParentType, ContextType, RequireFields<QueryCenterArgs, 'id'>>;
  centers?: Resolver<Array<ResolversTypes['Center']>, ParentType, ContextType>;
  jobBoard?: Resolver<ResolversTypes['JobBoardConnection'], ParentType, ContextType, RequireFields<QueryJobBoardArgs, 'first'>>;
  participant?: Resolver<Maybe<ResolversTypes['Participant']>, ParentType, ContextType, RequireFields<QueryParticipantArgs, 'id'>>;
  participants?: Resolver<ResolversTypes['ParticipantConnection'], ParentType, ContextType, RequireFields<QueryParticipantsArgs, 'first'>>;
  referral?: Resolver<Maybe<ResolversTypes['Referral']>, ParentType, ContextType, RequireFields<QueryReferralArgs, 'id'>>;
  referrals?: Resolver<ResolversTypes['ReferralConnection'], ParentType, ContextType, RequireFields<QueryReferralsArgs, 'first'>>;
  roomBookings?: Resolver<Array<ResolversTypes['RoomBooking']>, ParentType, ContextType, RequireFields<QueryRoomBookingsArgs, 'centerId' | 'date'>>;
}>;

export type ReferralResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Referral'] = ResolversParentTypes['Referral'], FederationReferenceType extends FederationReferenceTypes['Referral'] = FederationReferenceTypes['Referral']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Referral']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  daysOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ReferralChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['Participant'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['ReferralService'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
  toAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
}>;

export type ReferralChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralChange'] = ResolversParentTypes['ReferralChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byAgency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['ReferralStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ReferralStatus'], ParentType, ContextType>;
}>;

export type ReferralConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralConnection'] = ResolversParentTypes['ReferralConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReferralEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReferralEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReferralEdge'] = ResolversParentTypes['ReferralEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Referral'], ParentType, ContextType>;
}>;

export type RoomResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Room'] = ResolversParentTypes['Room'], FederationReferenceType extends FederationReferenceTypes['Room'] = FederationReferenceTypes['Room']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Room']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bookings?: Resolver<Array<ResolversTypes['RoomBooking']>, ParentType, ContextType, RequireFields<RoomBookingsArgs, 'date'>>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoomKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RoomBookingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoomBooking'] = ResolversParentTypes['RoomBooking']> = ResolversObject<{
  bookedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StaffResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Staff'] = ResolversParentTypes['Staff'], FederationReferenceType extends FederationReferenceTypes['Staff'] = FederationReferenceTypes['Staff']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Staff']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  center?: Resolver<ResolversTypes['Center'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['StaffRole']>, ParentType, ContextType>;
}>;

export type TimelineEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = ResolversObject<{
  agency?: Resolver<ResolversTypes['Agency'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineEventKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AgencyPerformance?: AgencyPerformanceResolvers<ContextType>;
  Center?: CenterResolvers<ContextType>;
  CenterAgency?: CenterAgencyResolvers<ContextType>;
  CenterPerformance?: CenterPerformanceResolvers<ContextType>;
  ConsentChange?: ConsentChangeResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DataAccess?: DataAccessResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DisclosureConsent?: DisclosureConsentResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  Intake?: IntakeResolvers<ContextType>;
  IntakeResult?: IntakeResultResolvers<ContextType>;
  JobBoardConnection?: JobBoardConnectionResolvers<ContextType>;
  JobBoardEdge?: JobBoardEdgeResolvers<ContextType>;
  JobPosting?: JobPostingResolvers<ContextType>;
  JobRecommendation?: JobRecommendationResolvers<ContextType>;
  JobVacancy?: JobVacancyResolvers<ContextType>;
  Krw?: GraphQLScalarType;
  Municipality?: MunicipalityResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Occupation?: OccupationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  ParticipantConnection?: ParticipantConnectionResolvers<ContextType>;
  ParticipantEdge?: ParticipantEdgeResolvers<ContextType>;
  ParticipantTimeline?: ParticipantTimelineResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Referral?: ReferralResolvers<ContextType>;
  ReferralChange?: ReferralChangeResolvers<ContextType>;
  ReferralConnection?: ReferralConnectionResolvers<ContextType>;
  ReferralEdge?: ReferralEdgeResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  RoomBooking?: RoomBookingResolvers<ContextType>;
  Staff?: StaffResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
}>;

