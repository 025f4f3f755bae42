import type { Selectable } from 'kysely';

/** The Work-Plus database, table by table, as Kysely sees it. */
export interface WorkplusDB {
  municipalities: { code: string; name: string; province: string };
  centers: { id: string; name: string; municipality_code: string; address: string; phone: string; opened_on: string };
  center_municipalities: { center_id: string; municipality_code: string };
  center_agencies: { center_id: string; agency: string; office_name: string; joined_on: string };
  staff: { id: string; center_id: string; agency: string; name: string; roles: string[]; active: boolean };
  participants: {
    id: string;
    name: string;
    birth_date: string;
    gender: 'FEMALE' | 'MALE';
    phone: string | null;
    email: string | null;
    municipality_code: string;
    center_id: string;
    registered_at: Date;
  };
}

export type ParticipantRow = Selectable<WorkplusDB['participants']>;
export type CenterRow = Selectable<WorkplusDB['centers']> & { municipality_name: string; municipality_province: string };
export type MunicipalityRow = Selectable<WorkplusDB['municipalities']>;
export type CenterAgencyRow = Selectable<WorkplusDB['center_agencies']>;
export type StaffRow = Selectable<WorkplusDB['staff']>;
