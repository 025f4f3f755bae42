/** Weights of the first nine digits of a business registration number (사업자등록번호) in its check-digit formula. */
const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/** The check digit the National Tax Service formula gives for the first nine digits. */
export function brnCheckDigit(firstNine: string): number {
  const digits = [...firstNine].map(Number);
  const weighted = WEIGHTS.reduce((sum, weight, i) => sum + weight * digits[i]!, 0);
  // The ninth digit times five contributes its tens digit once more.
  const sum = weighted + Math.floor((digits[8]! * 5) / 10);
  return (10 - (sum % 10)) % 10;
}

/** Digits only: staff often type 123-45-67890. */
export function normalizeBrn(input: string): string {
  return input.replace(/[-\s]/g, '');
}

/** Why a business registration number is not valid, or null when it is. */
export function brnProblem(brn: string): string | null {
  if (!/^[0-9]{10}$/.test(brn)) return 'businessRegistrationNumber must be 10 digits (사업자등록번호, e.g. 104-81-23454)';
  if (brnCheckDigit(brn.slice(0, 9)) !== Number(brn[9])) return `businessRegistrationNumber ${brn} has a wrong check digit`;
  return null;
}
