/**
 * CPR numbers: DDMMYY-SSSS. The 7th digit with the year gives the century (CPR office table);
 * modulus 11 is deliberately not checked, as valid numbers without it exist since 2007.
 */
export function birthDateOfCpr(cpr: string): Date | null {
  const digits = cpr.replace("-", "");
  if (!/^\d{10}$/.test(digits)) return null;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  let century: number;
  if (seventh <= 3) century = 1900;
  else if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else century = yy <= 57 ? 2000 : 1800;
  const date = new Date(Date.UTC(century + yy, month - 1, day));
  const valid = date.getUTCFullYear() === century + yy && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

export const isValidCpr = (cpr: string) => birthDateOfCpr(cpr) !== null;

/** DDMMYY-xxxx: enough to recognise, not enough to misuse. */
export function maskCpr(cpr: string): string {
  const digits = cpr.replace("-", "");
  return `${digits.slice(0, 6)}-xxxx`;
}
