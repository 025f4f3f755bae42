/**
 * Occupations used across the demo data of every agency, so that desired
 * occupations, placements and postings line up. Codes imitate the Korean
 * Employment Classification of Occupations (한국고용직업분류, KECO) shape but
 * are demo codes, not an official list.
 */
export const OCCUPATIONS = [
  { code: '0231', name: '총무·일반 사무원' },
  { code: '0261', name: '회계·경리 사무원' },
  { code: '0281', name: '고객 상담원' },
  { code: '1331', name: '소프트웨어 개발자' },
  { code: '2471', name: '보육교사' },
  { code: '3051', name: '간호조무사' },
  { code: '4121', name: '그래픽 디자이너' },
  { code: '5501', name: '요양보호사' },
  { code: '5611', name: '조리사' },
  { code: '5621', name: '주방 보조원' },
  { code: '5731', name: '건물 경비원' },
  { code: '5741', name: '청소원' },
  { code: '6211', name: '매장 판매원' },
  { code: '6311', name: '택배원' },
  { code: '6321', name: '화물차 운전원' },
  { code: '8111', name: '기계 조립원' },
  { code: '8511', name: '용접원' },
  { code: '8811', name: '포장원' },
] as const;

export type Occupation = (typeof OCCUPATIONS)[number];

/** Demo employers with a 10-digit business registration number (사업자등록번호, demo values with a valid check digit). */
export const EMPLOYERS = [
  { name: '(주)한빛물류', brn: '1048123454' },
  { name: '(주)새솔돌봄', brn: '2118765434' },
  { name: '누리식품(주)', brn: '3128811223' },
  { name: '(주)동해정밀', brn: '6098134567' },
  { name: '바른빌딩관리(주)', brn: '1208855660' },
  { name: '(주)온누리소프트', brn: '2208119984' },
  { name: '한마음요양원', brn: '4108233441' },
  { name: '(주)미래유통', brn: '1138677885' },
  { name: '(사)희망나눔', brn: '5078344555' },
  { name: '(주)대한용접기술', brn: '6158299000' },
] as const;
