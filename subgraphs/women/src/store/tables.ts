import type { Selectable } from 'kysely';
import type {
  WomenCareerBreakReason,
  WomenCounsellingChannel,
  WomenCounsellingKind,
  WomenInternshipStatus,
  WomenInternshipSubsidyKind,
  WomenPlacementRoute,
  WomenSeekerStatus,
  WomenSubsidyRecipient,
  WomenTrainingField,
  WomenTrainingStatus,
  WomenWorkArrangement,
} from '../../__generated__/resolvers-types.js';

/** The women's reemployment center's database (e새일), as Kysely sees it: camelCase here, snake_case in SQL. */
export interface WomenDB {
  career_break_profiles: {
    id: string;
    participantId: string;
    office: string;
    registeredOn: string;
    status: WomenSeekerStatus;
    careerBreakReason: WomenCareerBreakReason;
    careerBreakSince: string | null;
    priorExperienceYears: number;
    lastOccupationCode: string | null;
    lastOccupationName: string | null;
    desiredOccupationCode: string;
    desiredOccupationName: string;
    desiredWorkArrangement: WomenWorkArrangement;
    desiredMonthlyWageKrw: number;
    childrenUnder18: number;
    youngestChildAge: number | null;
  };
  counselling_sessions: {
    id: string;
    participantId: string;
    heldOn: string;
    kind: WomenCounsellingKind;
    channel: WomenCounsellingChannel;
    counsellorId: string | null;
    summary: string;
  };
  training_courses: {
    id: string;
    office: string;
    name: string;
    field: WomenTrainingField;
    hours: number;
    startsOn: string;
    endsOn: string;
    capacity: number;
  };
  training_enrollments: {
    id: string;
    participantId: string;
    courseId: string;
    enrolledOn: string;
    status: WomenTrainingStatus;
    attendanceRate: number;
    allowancePaidKrw: number;
    certificateObtained: boolean | null;
  };
  internships: {
    id: string;
    participantId: string;
    employerName: string;
    businessRegistrationNumber: string;
    occupationCode: string;
    occupationName: string;
    startedOn: string;
    plannedEndOn: string;
    endedOn: string | null;
    monthlyWageKrw: number;
    status: WomenInternshipStatus;
    convertedToRegular: boolean | null;
    convertedOn: string | null;
  };
  internship_subsidy_payments: {
    internshipId: string;
    round: number;
    kind: WomenInternshipSubsidyKind;
    recipient: WomenSubsidyRecipient;
    paidOn: string;
    amountKrw: number;
  };
  placements: {
    id: string;
    participantId: string;
    employerName: string;
    businessRegistrationNumber: string;
    occupationCode: string;
    occupationName: string;
    startedOn: string;
    monthlyWageKrw: number;
    workArrangement: WomenWorkArrangement;
    route: WomenPlacementRoute;
    internshipId: string | null;
    retainedSixMonths: boolean | null;
  };
}

export type CareerBreakProfileRow = Selectable<WomenDB['career_break_profiles']>;
export type CounsellingSessionRow = Selectable<WomenDB['counselling_sessions']>;
export type TrainingCourseRow = Selectable<WomenDB['training_courses']>;
export type TrainingEnrollmentRow = Selectable<WomenDB['training_enrollments']>;
export type InternshipRow = Selectable<WomenDB['internships']>;
export type SubsidyPaymentRow = Selectable<WomenDB['internship_subsidy_payments']>;
export type PlacementRow = Selectable<WomenDB['placements']>;
