import { count } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { identities } from "../../stubs/mitid/identities";
import { write, type Store, type WriteTx } from "../client";
import { citizens, codeListEntries, employers, staffUsers } from "../schema";
import { forgetCodeLists } from "../../app/features/codelists/codelists.server";
import { codeLists, type CodeListEntry } from "./codelists";
import { seedRegisteredJobseeker, seedSlotOffers } from "./demo";
import { seedDemoJobOrders } from "./job-orders";
import { occupations } from "./occupations";
import { municipalities, postalCodes } from "./places";

/** Test identities who are registered jobseekers in the demo: Anna with meetings, the others for their journeys. */
const demoJobseekers: Record<string, { meetings: boolean; email: string; phone?: string }> = {
  "borger-anna": { meetings: true, email: "anna.jensen@example.dk" },
  "borger-gustav": { meetings: false, email: "gustav.berg@example.dk" },
  "borger-hanne": { meetings: false, email: "hanne.dahl@example.dk" },
  // The meeting journeys' own citizens, with Anna's meetings: rebooking, comments, calendar …
  "borger-jonas": { meetings: true, email: "jonas.lund@example.dk" },
  "borger-karen": { meetings: true, email: "karen.mortensen@example.dk" },
  "borger-lars": { meetings: true, email: "lars.vinther@example.dk" },
  // Sickness and recovery without JavaScript, apart from Gustav's reports of the same days.
  "borger-malene": { meetings: false, email: "malene.skov@example.dk" },
  // The notifications journey's own citizen: a phone number no one else has, so her SMS are hers alone.
  "borger-nanna": { meetings: true, email: "nanna.bech@example.dk", phone: "+4520304050" },
};

/** Writes (or refreshes) every code list with its attributes; returns how many entries. */
export function seedCodeLists(tx: WriteTx): number {
  let entries = 0;
  // Occupations are a code list too: DISCO-08 titles, searched by the registration flow.
  const occupationList = occupations.map((o): CodeListEntry => ({
    code: o.code,
    labelDa: o.titleDa,
    labelEn: o.titleEn,
    interim: true,
    attributes: { discoGroup: o.discoGroup },
  }));
  // Places too (DAWA's codes, official, so not interim): the job search finds a town, a postal code or a municipality through them.
  const municipalityList = municipalities.map(([code, name]): CodeListEntry => ({ code, labelDa: name, labelEn: name }));
  const postalCodeList = postalCodes.map(([code, town, municipalityCode]): CodeListEntry => ({ code, labelDa: town, labelEn: town, attributes: { municipalityCode } }));
  for (const [list, rows] of Object.entries({ ...codeLists, occupation: occupationList, municipality: municipalityList, postalCode: postalCodeList })) {
    rows.forEach((row, index) => {
      const values = {
        list,
        code: row.code,
        labelDa: row.labelDa,
        labelEn: row.labelEn,
        interim: row.interim ?? false,
        validFrom: row.validFrom ?? null,
        validTo: row.validTo ?? null,
        sortOrder: index,
        attributes: row.attributes ?? null,
      };
      tx.insert(codeListEntries)
        .values(values)
        .onConflictDoUpdate({ target: [codeListEntries.list, codeListEntries.code], set: values })
        .run();
      entries++;
    });
  }
  return entries;
}

/**
 * Code lists are refreshed at every start (they are data owned by the lists' publishers); demo
 * people are added only to an empty store, so a running portal's data is never touched.
 */
/** `now` dates the demo people's meetings, slots and job orders; a test passes its own clock. */
export function seedStore(store: Store, { now = new Date() }: { now?: Date } = {}): { codeListEntries: number; demoData: boolean } {
  const seeded = write(store, (tx) => {
    const entries = seedCodeLists(tx);

    const known = tx.select({ n: count() }).from(citizens).get()?.n ?? 0;
    if (known > 0) return { codeListEntries: entries, demoData: false };

    for (const identity of identities) {
      if (identity.kind === "citizen") {
        // Citizens below the required assurance level never get past login, so they are not seeded.
        if (identity.loa === "Low") continue;
        const id = randomUUID();
        tx.insert(citizens).values({ id, cpr: identity.cpr, name: identity.name, municipalityCode: identity.municipalityCode }).run();
        const jobseeker = demoJobseekers[identity.id];
        if (jobseeker) seedRegisteredJobseeker(tx, id, now, jobseeker);
      } else if (identity.staff) {
        tx.insert(staffUsers)
          .values({
            id: randomUUID(),
            cvr: identity.cvr,
            rid: identity.rid,
            name: identity.name,
            municipality: identity.staff.municipality,
            municipalityCode: identity.staff.municipalityCode,
            jobCentre: identity.staff.jobcentre,
          })
          .run();
      } else {
        tx.insert(employers).values({ cvr: identity.cvr, name: identity.company }).onConflictDoNothing().run();
      }
    }
    seedSlotOffers(tx, now);
    // After the code lists: the search index takes each order's occupation title from them.
    seedDemoJobOrders(tx, now);
    return { codeListEntries: entries, demoData: true };
  });
  forgetCodeLists(store);
  return seeded;
}
