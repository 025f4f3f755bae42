/**
 * A few real 시군구 (administrative standard codes, 행정표준코드) and the
 * Employment-Welfare Plus Centers that serve them. The centers are the ones
 * the 2022 NESP press release names (Seoul, Busan-Buk, Changwon, Chuncheon,
 * Wonju, Jeonju) plus Incheon.
 */
export interface Municipality {
  code: string;
  name: string;
  province: string;
  /** Relative population weight for the demo data. */
  weight: number;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: '11440', name: '마포구', province: '서울특별시', weight: 9 },
  { code: '11410', name: '서대문구', province: '서울특별시', weight: 7 },
  { code: '11380', name: '은평구', province: '서울특별시', weight: 11 },
  { code: '28200', name: '남동구', province: '인천광역시', weight: 11 },
  { code: '28185', name: '연수구', province: '인천광역시', weight: 9 },
  { code: '28177', name: '미추홀구', province: '인천광역시', weight: 9 },
  { code: '26320', name: '북구', province: '부산광역시', weight: 6 },
  { code: '26530', name: '사상구', province: '부산광역시', weight: 4 },
  { code: '26440', name: '강서구', province: '부산광역시', weight: 3 },
  { code: '48121', name: '창원시 의창구', province: '경상남도', weight: 5 },
  { code: '48123', name: '창원시 성산구', province: '경상남도', weight: 5 },
  { code: '48127', name: '창원시 마산회원구', province: '경상남도', weight: 4 },
  { code: '51110', name: '춘천시', province: '강원특별자치도', weight: 6 },
  { code: '51720', name: '홍천군', province: '강원특별자치도', weight: 2 },
  { code: '51130', name: '원주시', province: '강원특별자치도', weight: 7 },
  { code: '52111', name: '전주시 완산구', province: '전북특별자치도', weight: 7 },
  { code: '52113', name: '전주시 덕진구', province: '전북특별자치도', weight: 5 },
  { code: '52710', name: '완주군', province: '전북특별자치도', weight: 2 },
];

/** Agencies that can sit in a center; `WORKPLUS` is the center's own desk. */
import type { AgencyCode } from '../../../trust/identity.js';
import { SUBGRAPHS, type SubgraphEntry } from '../../registry.js';

export type { AgencyCode };

export interface Center {
  id: string;
  name: string;
  municipalityCode: string;
  address: string;
  phone: string;
  openedOn: string;
  /** Municipalities whose residents the center serves (행복e음 access extends to these). */
  serves: readonly string[];
  /** The agencies with an office in the center, in registry order: every agency whose `demoCenters` names it or who has none. */
  agencies: readonly AgencyCode[];
}

const CENTER_LIST: readonly Omit<Center, 'agencies'>[] = [
  {
    id: 'ctr-seoul-west',
    name: '서울서부고용복지플러스센터',
    municipalityCode: '11440',
    address: '서울특별시 마포구 백범로 (demo)',
    phone: '02-2077-6000',
    openedOn: '2015-06-29',
    serves: ['11440', '11410', '11380'],
  },
  {
    id: 'ctr-incheon',
    name: '인천고용복지플러스센터',
    municipalityCode: '28200',
    address: '인천광역시 남동구 인주대로 (demo)',
    phone: '032-460-4700',
    openedOn: '2015-12-21',
    serves: ['28200', '28185', '28177'],
  },
  {
    id: 'ctr-busan-buk',
    name: '부산북부고용복지플러스센터',
    municipalityCode: '26320',
    address: '부산광역시 북구 금곡대로 (demo)',
    phone: '051-330-9900',
    openedOn: '2016-03-14',
    serves: ['26320', '26530', '26440'],
  },
  {
    id: 'ctr-changwon',
    name: '창원고용복지플러스센터',
    municipalityCode: '48123',
    address: '경상남도 창원시 성산구 중앙대로 (demo)',
    phone: '055-239-0900',
    openedOn: '2016-05-30',
    serves: ['48121', '48123', '48127'],
  },
  {
    id: 'ctr-chuncheon',
    name: '춘천고용복지플러스센터',
    municipalityCode: '51110',
    address: '강원특별자치도 춘천시 중앙로 (demo)',
    phone: '033-250-1900',
    openedOn: '2016-08-22',
    serves: ['51110', '51720'],
  },
  {
    id: 'ctr-wonju',
    name: '원주고용복지플러스센터',
    municipalityCode: '51130',
    address: '강원특별자치도 원주시 서원대로 (demo)',
    phone: '033-769-0900',
    openedOn: '2016-10-17',
    serves: ['51130'],
  },
  {
    id: 'ctr-jeonju',
    name: '전주고용복지플러스센터',
    municipalityCode: '52111',
    address: '전북특별자치도 전주시 완산구 서신로 (demo)',
    phone: '063-270-9100',
    openedOn: '2015-09-07',
    serves: ['52111', '52113', '52710'],
  },
];

export const CENTERS: readonly Center[] = CENTER_LIST.map((center) => ({
  ...center,
  agencies: SUBGRAPHS.filter((s: SubgraphEntry) => !s.demoCenters || s.demoCenters.includes(center.id)).map((s) => s.agency),
}));

export function centerServing(municipalityCode: string): Center {
  const center = CENTERS.find((c) => c.serves.includes(municipalityCode));
  if (!center) throw new Error(`no demo center serves municipality ${municipalityCode}`);
  return center;
}
