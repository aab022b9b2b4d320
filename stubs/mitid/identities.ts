/**
 * Seeded, fictitious test identities of the MitID / NemLog-in test provider.
 *
 * The provider uses `id` as the account id and the OpenID `sub`. The portal's
 * seed imports this module too, so it only holds plain data, types and small
 * pure helpers (no provider or server code).
 *
 * Every person, CPR number, RID and company here is made up for testing.
 * The CVR numbers of the two municipalities are their public CVR numbers.
 */

/** NSIS level of assurance, as released in `https://data.gov.dk/concept/core/nsis/loa`. */
export type Loa = "Low" | "Substantial" | "High";

export const LOA_VALUES = ["Low", "Substantial", "High"] as const satisfies readonly Loa[];

export type IdentityKind = "citizen" | "employee";

/** Set when an employee is municipal job-centre staff; the employee's CVR is the municipality's. */
export interface StaffInfo {
  /** e.g. "Københavns Kommune" */
  municipality: string;
  /** Three-digit municipality code, e.g. "101" */
  municipalityCode: string;
  /** e.g. "Jobcenter København" (shown on the picker only) */
  jobcentre: string;
}

interface IdentityBase {
  /** Stable account id and `sub`, e.g. "borger-anna". */
  id: string;
  name: string;
  loa: Loa;
  /** Short Danish note shown on the picker, to help testers choose. */
  description: string;
}

/** A private person logging in with MitID. */
export interface CitizenIdentity extends IdentityBase {
  kind: "citizen";
  /** Ten digits, no dash: DDMMYY + four digits. */
  cpr: string;
  /**
   * The municipality the person lives in, as the CPR register would say: the demo seed's stand-in
   * for it. Never released as a claim (MitID does not know where people live).
   */
  municipalityCode: string;
}

/** A business user logging in with MitID Erhverv (employers and job-centre staff). */
export interface EmployeeIdentity extends IdentityBase {
  kind: "employee";
  /** Eight digits. */
  cvr: string;
  /** Organisation name released as `professional/orgName`. */
  company: string;
  /** Employee's RID number within the organisation. */
  rid: string;
  staff?: StaffInfo;
}

export type Identity = CitizenIdentity | EmployeeIdentity;

/** Broker entry points, as sent in the `idp_values` authorization parameter. */
export type IdpValue = "mitid" | "mitid_erhverv";

export const IDP_VALUES = ["mitid", "mitid_erhverv"] as const satisfies readonly IdpValue[];

export const identities: readonly Identity[] = [
  {
    id: "borger-anna",
    kind: "citizen",
    name: "Anna Jensen",
    cpr: "1504851234",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt som jobsøgende, har planlagte møder.",
  },
  {
    id: "borger-bo",
    kind: "citizen",
    name: "Bo Nielsen",
    cpr: "0307921235",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Endnu ikke tilmeldt som jobsøgende.",
  },
  {
    id: "borger-carla",
    kind: "citizen",
    name: "Carla Hansen",
    cpr: "2211781236",
    municipalityCode: "751",
    loa: "Substantial",
    description: "Borger.",
  },
  {
    id: "borger-emil",
    kind: "citizen",
    name: "Emil Sørensen",
    cpr: "1202881239",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Borger uden tilmelding (bruges af samtykke-testen).",
  },
  {
    id: "borger-freja",
    kind: "citizen",
    name: "Freja Holm",
    cpr: "0506951240",
    municipalityCode: "101",
    loa: "High",
    description: "Endnu ikke tilmeldt (bruges af tilmeldingen uden JavaScript).",
  },
  {
    id: "borger-gustav",
    kind: "citizen",
    name: "Gustav Berg",
    cpr: "2709801241",
    municipalityCode: "751",
    loa: "Substantial",
    description: "Tilmeldt som jobsøgende (bruges af fravær).",
  },
  {
    id: "borger-hanne",
    kind: "citizen",
    name: "Hanne Dahl",
    cpr: "1408791242",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt som jobsøgende (bruges af afmelding).",
  },
  {
    id: "borger-ida",
    kind: "citizen",
    name: "Ida Krogh",
    cpr: "3011871243",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Borger uden tilmelding og samtykker (bruges af samtykke uden JavaScript).",
  },
  {
    id: "borger-jonas",
    kind: "citizen",
    name: "Jonas Lund",
    cpr: "0104902311",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt med møder (bruges af ombooking med JavaScript).",
  },
  {
    id: "borger-karen",
    kind: "citizen",
    name: "Karen Mortensen",
    cpr: "1906832312",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt med møder (bruges af ombooking uden JavaScript og afviste ombookinger).",
  },
  {
    id: "borger-lars",
    kind: "citizen",
    name: "Lars Vinther",
    cpr: "2512762313",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt med møder (bruges af kommentarer, tidlig opfølgning, kalender og selvbooking).",
  },
  {
    id: "borger-malene",
    kind: "citizen",
    name: "Malene Skov",
    cpr: "1703892314",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt som jobsøgende (bruges af sygdom og raskmelding uden JavaScript).",
  },
  {
    id: "borger-nanna",
    kind: "citizen",
    name: "Nanna Bech",
    cpr: "0802932315",
    municipalityCode: "101",
    loa: "Substantial",
    description: "Tilmeldt med møder, e-mail og eget mobilnummer (bruges af beskeder på e-mail og SMS).",
  },
  {
    id: "borger-dennis",
    kind: "citizen",
    name: "Dennis Lav Sikring",
    cpr: "0909991237",
    municipalityCode: "101",
    loa: "Low",
    description: "Lavt sikringsniveau – skal afvises af portalen.",
  },
  {
    id: "erhverv-eva",
    kind: "employee",
    name: "Eva Bager",
    cvr: "12345678",
    company: "Bageriet Ørestad ApS",
    rid: "40001",
    loa: "Substantial",
    description: "Medarbejder hos en arbejdsgiver.",
  },
  {
    id: "erhverv-frederik",
    kind: "employee",
    name: "Frederik Lager",
    cvr: "87654321",
    company: "Nordisk Logistik A/S",
    rid: "40002",
    loa: "Substantial",
    description: "Medarbejder hos en arbejdsgiver.",
  },
  {
    id: "jobcenter-gitte",
    kind: "employee",
    name: "Gitte Sagsbehandler",
    cvr: "64942212",
    company: "Københavns Kommune",
    rid: "50001",
    loa: "Substantial",
    description: "Sagsbehandler i Jobcenter København.",
    staff: {
      municipality: "Københavns Kommune",
      municipalityCode: "101",
      jobcentre: "Jobcenter København",
    },
  },
  {
    id: "jobcenter-mette",
    kind: "employee",
    name: "Mette Mødeplanlægger",
    cvr: "64942212",
    company: "Københavns Kommune",
    rid: "50003",
    loa: "Substantial",
    description: "Planlægger møder for kollegerne i Jobcenter København.",
    staff: {
      municipality: "Københavns Kommune",
      municipalityCode: "101",
      jobcentre: "Jobcenter København",
    },
  },
  {
    id: "jobcenter-henrik",
    kind: "employee",
    name: "Henrik Jobkonsulent",
    cvr: "55133018",
    company: "Aarhus Kommune",
    rid: "50002",
    loa: "Substantial",
    description: "Jobkonsulent i Jobcenter Aarhus.",
    staff: {
      municipality: "Aarhus Kommune",
      municipalityCode: "751",
      jobcentre: "Jobcenter Aarhus",
    },
  },
];

export const citizens: readonly CitizenIdentity[] = identities.filter(
  (identity): identity is CitizenIdentity => identity.kind === "citizen",
);

export const employees: readonly EmployeeIdentity[] = identities.filter(
  (identity): identity is EmployeeIdentity => identity.kind === "employee",
);

export function findIdentity(id: string): Identity | undefined {
  return identities.find((identity) => identity.id === id);
}

export function isStaff(identity: Identity): identity is EmployeeIdentity & { staff: StaffInfo } {
  return identity.kind === "employee" && identity.staff !== undefined;
}

/** The picker entry point an identity belongs to. */
export function idpValueOf(identity: Identity): IdpValue {
  return identity.kind === "citizen" ? "mitid" : "mitid_erhverv";
}

/** "1504851234" → "150485-xxxx": the birth date part only, never the serial. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

/** Claim names of NemLog-in (OIOSAML 3 / OIDC attribute profile) and KOMBIT. */
export const CLAIMS = {
  cpr: "https://data.gov.dk/model/core/eid/cprNumber",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  cvr: "https://data.gov.dk/model/core/eid/professional/cvr",
  rid: "https://data.gov.dk/model/core/eid/professional/rid",
  orgName: "https://data.gov.dk/model/core/eid/professional/orgName",
  municipality: "dk:kombit:municipality",
  municipalityCode: "dk:kombit:municipalityCode",
} as const;

export type ClaimName = (typeof CLAIMS)[keyof typeof CLAIMS];

/** The claims the provider releases for an identity (only the ones it has). */
export function claimsFor(identity: Identity): Partial<Record<ClaimName, string>> {
  const claims: Partial<Record<ClaimName, string>> = {
    [CLAIMS.fullName]: identity.name,
    [CLAIMS.loa]: identity.loa,
  };
  if (identity.kind === "citizen") {
    claims[CLAIMS.cpr] = identity.cpr;
  } else {
    claims[CLAIMS.cvr] = identity.cvr;
    claims[CLAIMS.rid] = identity.rid;
    claims[CLAIMS.orgName] = identity.company;
    if (identity.staff) {
      claims[CLAIMS.municipality] = identity.staff.municipality;
      claims[CLAIMS.municipalityCode] = identity.staff.municipalityCode;
    }
  }
  return claims;
}
