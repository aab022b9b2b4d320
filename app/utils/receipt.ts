/**
 * A receipt's reference number: the first twelve hex digits of the record's id, in groups of four
 * ("3F2A-91C0-7B4D"), which a caseworker can look up and a person can read out on the phone.
 */
export function receiptReference(id: string): string {
  const hex = id.replace(/[^0-9a-f]/gi, "").slice(0, 12).toUpperCase();
  return hex.match(/.{1,4}/g)?.join("-") ?? hex;
}
