/**
 * Realistic, fictitious Danish job orders: the demo seed's few dozen and the search benchmark's
 * hundreds of thousands come from the same vocabulary, so both search like real data (common and
 * rare words, skewed places and occupations). Deterministic: the same seed gives the same orders.
 */
import type { WriteTx } from "../client";
import { addDays, danishDate } from "../../app/utils/dates";
import { insertJobOrder, type NewJobOrder } from "../../app/features/job-orders/commands.server";

/** A small, fast, seedable generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Place = { postcode: string; city: string; municipalityCode: string; street: string };

/** Places, the big cities first: `pick` favours the start of a list, as real job counts do. */
export const places: Place[] = [
  { postcode: "2300", city: "København S", municipalityCode: "101", street: "Ørestads Boulevard" },
  { postcode: "1620", city: "København V", municipalityCode: "101", street: "Vesterbrogade" },
  { postcode: "2200", city: "København N", municipalityCode: "101", street: "Nørrebrogade" },
  { postcode: "8000", city: "Aarhus C", municipalityCode: "751", street: "Søndergade" },
  { postcode: "8200", city: "Aarhus N", municipalityCode: "751", street: "Randersvej" },
  { postcode: "5000", city: "Odense C", municipalityCode: "461", street: "Vestergade" },
  { postcode: "9000", city: "Aalborg", municipalityCode: "851", street: "Boulevarden" },
  { postcode: "6700", city: "Esbjerg", municipalityCode: "561", street: "Kongensgade" },
  { postcode: "7100", city: "Vejle", municipalityCode: "630", street: "Dæmningen" },
  { postcode: "4000", city: "Roskilde", municipalityCode: "265", street: "Algade" },
  { postcode: "8700", city: "Horsens", municipalityCode: "615", street: "Søndergade" },
  { postcode: "7400", city: "Herning", municipalityCode: "657", street: "Bredgade" },
  { postcode: "3400", city: "Hillerød", municipalityCode: "219", street: "Slotsgade" },
  { postcode: "6000", city: "Kolding", municipalityCode: "621", street: "Jernbanegade" },
  { postcode: "4700", city: "Næstved", municipalityCode: "370", street: "Axeltorv" },
  { postcode: "8800", city: "Viborg", municipalityCode: "791", street: "Sct. Mathias Gade" },
];

type Job = { occupation: string; title: string; duties: string; needs: string };

/** Occupations (codes of the seed's DISCO-08 list) with what the job is and what it asks for. */
export const jobs: Job[] = [
  { occupation: "522310", title: "Butiksassistent", duties: "betjene kunder, fylde varer op og passe kassen", needs: "Du er smilende og kan lide et travlt miljø." },
  { occupation: "911210", title: "Rengøringsassistent", duties: "gøre rent på kontorer og fællesarealer", needs: "Du er grundig og kan arbejde selvstændigt." },
  { occupation: "432110", title: "Lagermedarbejder", duties: "plukke og pakke ordrer og modtage varer", needs: "Truckcertifikat er en fordel." },
  { occupation: "833210", title: "Lastbilchauffør", duties: "køre distribution til butikker på Sjælland og Fyn", needs: "Du har kørekort til kategori C/CE og chaufføruddannelsesbevis." },
  { occupation: "222110", title: "Sygeplejerske", duties: "pleje patienter og samarbejde med læger og terapeuter", needs: "Du har dansk autorisation som sygeplejerske." },
  { occupation: "234210", title: "Pædagog", duties: "skabe trygge og lærerige dage for børn i alderen 3–6 år", needs: "Du er uddannet pædagog og glad for udeliv." },
  { occupation: "512010", title: "Kok", duties: "lave frokost og aftensmad fra bunden", needs: "Du er uddannet kok og tænker i råvarer og årstider." },
  { occupation: "751210", title: "Bager", duties: "bage brød og kager til butikken fra tidlig morgen", needs: "Du er uddannet bager eller har erfaring fra et håndværksbageri." },
  { occupation: "741110", title: "Elektriker", duties: "udføre el-installationer i nybyggeri og renovering", needs: "Du er udlært elektriker og har kørekort." },
  { occupation: "251210", title: "Softwareudvikler", duties: "udvikle og drifte vores webplatform i TypeScript", needs: "Du har erfaring med moderne webudvikling og test." },
  { occupation: "411010", title: "Kontorassistent", duties: "tage telefonen, svare på mails og holde styr på bilag", needs: "Du er struktureret og god til Office-pakken." },
  { occupation: "834410", title: "Truckfører", duties: "flytte paller og laste lastbiler på vores lager", needs: "Du har gyldigt truckcertifikat (B)." },
  { occupation: "712610", title: "VVS-montør", duties: "installere og servicere varme- og sanitetsanlæg", needs: "Du er udlært VVS-montør." },
  { occupation: "531120", title: "Pædagogmedhjælper", duties: "hjælpe i en vuggestue med 12 børn", needs: "Erfaring med børn er en fordel, men ikke et krav." },
  { occupation: "834310", title: "Kranfører", duties: "betjene kraner på containerterminalen", needs: "Du har kranførercertifikat og kan arbejde i skiftehold." },
  { occupation: "522350", title: "Bageriekspedient", duties: "sælge brød og kager og holde butikken pæn", needs: "Du kan møde tidligt og i weekenden." },
];

/** Fictitious employers besides the two demo companies (Eva's and Frederik's). */
export const employers: { cvr: string; name: string }[] = [
  { cvr: "12345678", name: "Bageriet Ørestad ApS" },
  { cvr: "87654321", name: "Nordisk Logistik A/S" },
  { cvr: "31415926", name: "Havnens Kantine ApS" },
  { cvr: "27182818", name: "Byens Rengøring A/S" },
  { cvr: "16180339", name: "Grøn El & VVS ApS" },
  { cvr: "14142135", name: "Solsikken Børnehus" },
  { cvr: "17320508", name: "Kystens Sundhedscenter" },
  { cvr: "22360679", name: "Dansk Webværksted ApS" },
];

/** An element of `list`, the first ones more often (a rough power law). */
const pick = <T>(list: T[], random: () => number): T => list[Math.floor(list.length * random() ** 2)]!;

const workingTimes = ["fuldtid", "fuldtid", "fuldtid", "deltid", "fuldtid-eller-deltid"];
const types = ["ordinaert-job", "ordinaert-job", "ordinaert-job", "ordinaert-job", "job-med-loentilskud", "fleksjob", "elevplads-laerlingeplads"];
const extras = ["Vi tilbyder en god pensionsordning og frokostordning.", "Du bliver en del af et lille, uformelt team.", "Der er gode muligheder for efteruddannelse.", "Arbejdet foregår i dagtimerne på hverdage.", "Tiltrædelse efter aftale."];

/** The Danish calendar date `days` after `from` (YYYY-MM-DD). */
const plusDays = (from: Date, days: number) => addDays(danishDate(from), days);

/** One order's fields from the generator; `employer` picks the company, else a random one. */
export function sampleJobOrder(random: () => number, now: Date, employer = pick(employers, random)): NewJobOrder {
  const job = pick(jobs, random);
  const place = pick(places, random);
  const workingTime = pick(workingTimes, random);
  const deadlineIn = 7 + Math.floor(random() * 45);
  return {
    cvr: employer.cvr,
    pNumber: null,
    employerName: employer.name,
    title: `${job.title} til ${employer.name.replace(/ (ApS|A\/S)$/, "")} i ${place.city}`,
    occupation: job.occupation,
    description: `Vi søger en ${job.title.toLowerCase()}, der vil ${job.duties}. ${job.needs} ${pick(extras, random)}`,
    internalComment: null,
    jobOrderType: pick(types, random),
    workingTime,
    weeklyHours: workingTime === "deltid" ? 20 + Math.floor(random() * 10) : 37,
    positions: 1 + Math.floor(random() ** 3 * 5),
    startDate: plusDays(now, deadlineIn + 14),
    applicationDeadline: plusDays(now, deadlineIn),
    workplaceAddress: `${place.street} ${1 + Math.floor(random() * 120)}, ${place.city}`,
    postcode: place.postcode,
    municipalityCode: place.municipalityCode,
    contactName: pick(["Mette Hansen", "Lars Nielsen", "Sofie Larsen", "Anders Pedersen", "Camilla Holm"], random),
    contactPhone: `+45 ${20 + Math.floor(random() * 70)} ${String(Math.floor(random() * 1_000_000)).padStart(6, "0")}`,
    contactEmail: null,
    origin: employer.cvr === "12345678" || employer.cvr === "87654321" ? "arbejdsgiver-jobag" : pick(["jobcenter", "arbejdsgiver-jobag", "a-kasse"], random),
  };
}

/**
 * The demo's open job orders: six for each demo employer and the rest from the others, made
 * through the feature's own insert, so they are reported to the foundation like real ones.
 */
export function seedDemoJobOrders(tx: WriteTx, now: Date, count = 36): void {
  const random = seededRandom(137);
  for (let i = 0; i < count; i++) {
    const employer = i < 12 ? employers[i % 2]! : pick(employers.slice(2), random);
    insertJobOrder(tx, sampleJobOrder(random, now, employer), { kind: "system" }, new Date(now.getTime() - (count - i) * 3_600_000));
  }
}
