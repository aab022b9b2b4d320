/**
 * The job search's place, as a citizen types it: a town ("Aarhus", "Viby J"), a postal code
 * ("8000", "8000 Aarhus C") or a municipality ("Aarhus Kommune", "751"). It is found in the postal
 * code and municipality code lists and becomes the postal codes it covers; a place found in
 * neither is unknown, and the search says so instead of ignoring it. Pure: the lists are given.
 */

export type PlaceLists = {
  /** Postal codes with their town and the municipality most of their addresses lie in */
  postalCodes: readonly { code: string; town: string; municipalityCode: string }[];
  municipalities: readonly { code: string; name: string }[];
};

export type Place = {
  /** Every postal code the place covers, sorted; never empty */
  postcodes: string[];
  /** Municipalities the place was found as (their codes) */
  municipalities: string[];
};

/**
 * A name as it is compared: lower case, one space between words, no full stops ("Nykøbing Sj."),
 * and "aa" read as "å", so "Århus" finds Aarhus and "Ålborg" finds Aalborg.
 */
export function placeKey(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .replace(/\./g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/aa/g, "å");
}

/**
 * What may follow a town's name in a postal district's: a letter or three ("Aarhus C",
 * "Odense SØ", "Viby J", "Nykøbing Sj") or Øst/Vest ("Aalborg Øst"). "Aarhus" covers the
 * districts, not every town that begins with the word ("Brøndby" is not "Brøndby Strand").
 */
const district = /^(\p{L}{1,3}|øst|vest)$/u;

const isDistrictOf = (town: string, key: string) => town === key || (town.startsWith(`${key} `) && district.test(town.slice(key.length + 1)));

/** " kommune" at the end: the place is a municipality, by its name ("Københavns Kommune" too). */
const municipalityWord = / kommune$/;

export function findPlace(input: string, lists: PlaceLists): Place | null {
  const key = placeKey(input);
  if (!key) return null;
  const postcodes = new Set<string>();
  const municipalities = new Set<string>();
  const addMunicipality = (code: string) => {
    municipalities.add(code);
    for (const postal of lists.postalCodes) if (postal.municipalityCode === code) postcodes.add(postal.code);
  };

  // "8000", or "8000 Aarhus C" as an address ends: the code decides (postal codes begin 1–9, "0751" is a municipality).
  const postal = /^([1-9]\d{3})(?: .*)?$/.exec(key);
  if (postal) {
    if (lists.postalCodes.some((p) => p.code === postal[1])) postcodes.add(postal[1]!);
  } else if (/^0?\d{3}$/.test(key)) {
    // A municipality code, with DAWA's leading 0 or without it.
    const code = key.slice(-3);
    if (lists.municipalities.some((m) => m.code === code)) addMunicipality(code);
  } else if (municipalityWord.test(key)) {
    const name = key.replace(municipalityWord, "");
    // The genitive of the official name: "Københavns Kommune" is København.
    const names = name.endsWith("s") ? [name, name.slice(0, -1)] : [name];
    const found = lists.municipalities.find((m) => names.includes(placeKey(m.name)));
    if (found) addMunicipality(found.code);
  } else {
    for (const m of lists.municipalities) if (placeKey(m.name) === key) addMunicipality(m.code);
    for (const p of lists.postalCodes) if (isDistrictOf(placeKey(p.town), key)) postcodes.add(p.code);
  }
  return postcodes.size ? { postcodes: [...postcodes].sort(), municipalities: [...municipalities].sort() } : null;
}
