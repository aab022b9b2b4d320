/**
 * Seed data for the code lists (see /work/shared/DOMAIN.md, "Code lists").
 *
 * Code lists are data, not enums: these rows are loaded into `code_list_entries` at start so the
 * official STAR lists can replace them without a code change. Array order is the display order.
 *
 * Ids:
 * - Numeric ids ("4", "11") are confirmed official ids (research file 1.3, 1.4, 1.9).
 * - Every other id is the product's own interim id (kebab-case ascii) and is marked
 *   `interim: true`; the official id is UNCONFIRMED in the research and must not be guessed.
 */

export type CodeListEntry = {
  /** Confirmed numeric ids as strings ("4"), else interim kebab-case ids. */
  code: string;
  /** Danish label as a citizen would read it (sentence case). */
  labelDa: string;
  /** Natural English label. */
  labelEn: string;
  /** True when the id is the product's own, not an official code. */
  interim?: boolean;
  /** ISO date, optional. */
  validFrom?: string;
  /** ISO date, optional. */
  validTo?: string;
  /** List-specific facts. */
  attributes?: Record<string, string | number | boolean>;
};

export type CodeListName =
  | "meetingType"
  | "meetingForm"
  | "participantRole"
  | "absenceType"
  | "benefitCategory"
  | "unemploymentDegree"
  | "deregistrationReason"
  | "visitationGroup"
  | "contactGroup"
  | "unemploymentFund"
  | "jobOrderStatus"
  | "placementStatus"
  | "workingTime"
  | "jobOrderType"
  | "jobOrderOrigin"
  | "aKasseParticipationStatus"
  | "citizenCancellationReason";

/**
 * Samtaletyper — STAR InterviewTypeIdentifier (research 1.3). `furtherCourseAgreement`: a held
 * conversation of the type records the agreement on the further course (SEED-28 item 5); other
 * types record practical agreements, never binding ones. `flexjobAgreement`: item 6.
 */
const meetingType: CodeListEntry[] = [
  {
    code: "4",
    labelDa: "Opfølgningssamtale",
    labelEn: "Follow-up meeting",
    // singleFutureBooking: a citizen may hold only one future booking of the type (Jobnet's rule).
    // rebookingPeriodDays: the default rebooking period runs from the day of the summons to this many days after the meeting.
    attributes: { selfBookingDeadlines: true, singleFutureBooking: true, rebookingPeriodDays: 14 },
  },
  {
    code: "7",
    labelDa: "Jobsamtale",
    labelEn: "Job meeting",
    attributes: { selfBookingDeadlines: true, singleFutureBooking: true, furtherCourseAgreement: true, rebookingPeriodDays: 21 },
  },
  { code: "8", labelDa: "Henvisning", labelEn: "Referral" },
  { code: "9", labelDa: "Informationsmøde", labelEn: "Information meeting" },
  { code: "10", labelDa: "CV-samtale", labelEn: "CV meeting" },
  { code: "11", labelDa: "Formidlingssamtale", labelEn: "Job placement meeting" },
  { code: "12", labelDa: "Anden samtale", labelEn: "Other meeting" },
  {
    code: "13",
    labelDa: "Informationsmøde uden mødepligt",
    labelEn: "Information meeting, attendance optional",
    attributes: { compulsory: false },
  },
  { code: "15", labelDa: "Rådighedssamtale", labelEn: "Availability meeting" },
  {
    code: "17",
    labelDa: "Jobsamtale med a-kasse",
    labelEn: "Job meeting with the unemployment insurance fund",
    attributes: { jointWithUnemploymentFund: true, furtherCourseAgreement: true },
  },
  {
    code: "19",
    labelDa: "Fælles jobsamtale med dagpengemodtager",
    labelEn: "Joint job meeting with a recipient of unemployment benefit",
    attributes: { jointWithUnemploymentFund: true, furtherCourseAgreement: true },
  },
  // Named in the executive order (SEED-28 items 5 and 6); official ids UNCONFIRMED.
  {
    code: "integrationssamtale",
    labelDa: "Integrationssamtale",
    labelEn: "Integration meeting",
    interim: true,
    attributes: { furtherCourseAgreement: true },
  },
  {
    code: "fleksjobopfoelgningssamtale",
    labelDa: "Fleksjobopfølgningssamtale",
    labelEn: "Flexi-job follow-up meeting",
    interim: true,
    attributes: { flexjobAgreement: true },
  },
];

/** Samtaleformer / deltagelsesformer (research 1.4). Only id 6 is confirmed. */
const meetingForm: CodeListEntry[] = [
  {
    code: "personligt-fremmoede",
    labelDa: "Personligt fremmøde",
    labelEn: "In person",
    interim: true,
    // joinText: the citizen's meeting page says in its own words how to take part (meetings.json detail.join.<code>).
    attributes: { needsAddress: true, joinText: true },
  },
  {
    code: "telefonisk",
    labelDa: "Telefonisk",
    labelEn: "By phone",
    interim: true,
    attributes: { phone: true, joinText: true },
  },
  { code: "brev", labelDa: "Brev", labelEn: "By letter", interim: true, attributes: { joinText: true } },
  {
    code: "digitalt",
    labelDa: "Digitalt",
    labelEn: "Online",
    interim: true,
    attributes: { online: true, joinText: true },
  },
  {
    code: "videomoede",
    labelDa: "Videomøde",
    labelEn: "Video meeting",
    interim: true,
    attributes: { online: true, joinText: true },
  },
  {
    code: "6",
    labelDa: "Møde direkte på arbejde",
    labelEn: "Meeting at the workplace",
    attributes: { onlyWithMeetingType: "8", needsAddress: true, joinText: true },
  },
];

/** Deltagerroller (research 1.5, SEED-28 item 10). */
const participantRole: CodeListEntry[] = [
  {
    code: "a-kassekonsulent",
    labelDa: "A-kassekonsulent",
    labelEn: "Unemployment insurance fund adviser",
    interim: true,
  },
  { code: "mentor", labelDa: "Mentor", labelEn: "Mentor", interim: true },
  {
    code: "stoette-kontaktperson",
    labelDa: "Støtte-/kontaktperson",
    labelEn: "Support or contact person",
    interim: true,
  },
  { code: "bisidder", labelDa: "Bisidder", labelEn: "Companion (bisidder)", interim: true },
  // "partrepræsentant" is the seed's spelling (commonly "partsrepræsentant").
  {
    code: "partrepraesentant",
    labelDa: "Partrepræsentant",
    labelEn: "Party representative",
    interim: true,
  },
  {
    code: "handicaphjaelper",
    labelDa: "Handicaphjælper",
    labelEn: "Personal assistant for a disabled person",
    interim: true,
  },
  { code: "tolk", labelDa: "Tolk", labelEn: "Interpreter", interim: true },
  { code: "anden-deltager", labelDa: "Anden deltager", labelEn: "Other participant", interim: true },
];

/**
 * Fraværstyper — STAR AbsenceType (research 1.9). Ids 1–11 confirmed; 5 does not appear.
 * citizenOrder: where the type stands in the citizen's list (the common ones first).
 */
const absenceType: CodeListEntry[] = [
  {
    code: "1",
    labelDa: "Uddannelse",
    labelEn: "Education",
    attributes: { citizenMayReport: true, citizenOrder: 6 },
  },
  {
    code: "2",
    labelDa: "Midlertidigt arbejde",
    labelEn: "Temporary work",
    attributes: { citizenMayReport: true, citizenOrder: 5 },
  },
  {
    code: "3",
    labelDa: "Borgerligt ombud",
    labelEn: "Civic duty",
    attributes: { citizenMayReport: true, citizenOrder: 8 },
  },
  {
    code: "4",
    labelDa: "Barsel (højst 14 dage)",
    labelEn: "Parental leave (14 days at most)",
    attributes: { citizenMayReport: true, citizenOrder: 4 },
  },
  {
    code: "6",
    labelDa: "Under 18 og uden forældre med forsørgelsespligt",
    labelEn: "Under 18 with no parent obliged to provide support",
  },
  {
    code: "7",
    labelDa: "Kan ikke få førtidspension eller folkepension",
    labelEn: "Not eligible for disability pension or state pension",
  },
  {
    code: "8",
    labelDa: "Barsel",
    labelEn: "Parental leave",
    attributes: { citizenMayReport: true, citizenOrder: 3 },
  },
  {
    code: "9",
    labelDa: "Friperiode",
    labelEn: "Time off (friperiode)",
    attributes: { citizenMayReport: true, citizenOrder: 7 },
  },
  {
    code: "10",
    labelDa: "Ferie",
    labelEn: "Holiday",
    attributes: { citizenMayReport: true, citizenOrder: 1, noticeDays: 14 },
  },
  {
    code: "11",
    labelDa: "Sygdom",
    labelEn: "Illness",
    attributes: { citizenMayReport: true, citizenOrder: 2, cannotBackdate: true, endsRegistration: true },
  },
];

/** Ydelseskategori (interim, after the 1 July 2025 reform); ClientCategoryTypeCodeList UNCONFIRMED. */
const benefitCategory: CodeListEntry[] = [
  {
    code: "dagpenge",
    labelDa: "Dagpenge",
    labelEn: "Unemployment benefit",
    interim: true,
    attributes: { contactGroup: 1 },
  },
  { code: "kontanthjaelp", labelDa: "Kontanthjælp", labelEn: "Social assistance", interim: true },
  { code: "sygedagpenge", labelDa: "Sygedagpenge", labelEn: "Sickness benefit", interim: true },
  {
    code: "ledighedsydelse",
    labelDa: "Ledighedsydelse",
    labelEn: "Unemployment benefit for flexi-job applicants",
    interim: true,
  },
  {
    code: "uden-ydelse",
    labelDa: "Uden ydelse (selvforsørgende)",
    labelEn: "No benefit (self-supporting)",
    interim: true,
  },
];

/** Ledighedsgrad (interim; values UNCONFIRMED). */
const unemploymentDegree: CodeListEntry[] = [
  { code: "fuldt-ledig", labelDa: "Fuldt ledig", labelEn: "Fully unemployed", interim: true },
  { code: "delvist-ledig", labelDa: "Delvist ledig", labelEn: "Partly unemployed", interim: true },
];

/** Afmeldingsårsager (interim; research 1.8). `system: true` = set by the system, never picked by a citizen. */
const deregistrationReason: CodeListEntry[] = [
  { code: "i-arbejde", labelDa: "I arbejde", labelEn: "In work", interim: true },
  {
    code: "paabegyndt-uddannelse",
    labelDa: "Påbegyndt uddannelse",
    labelEn: "Started education",
    interim: true,
  },
  {
    code: "flytter-til-udlandet",
    labelDa: "Flytter til udlandet",
    labelEn: "Moving abroad",
    interim: true,
  },
  {
    code: "oensker-ikke-at-vaere-tilmeldt",
    labelDa: "Ønsker ikke at være tilmeldt",
    labelEn: "No longer wishes to be registered",
    interim: true,
  },
  { code: "andet", labelDa: "Andet", labelEn: "Other", interim: true },
  {
    code: "sygemelding",
    labelDa: "Sygemelding",
    labelEn: "Reported sick",
    interim: true,
    attributes: { system: true },
  },
  {
    code: "manglende-selvbooking",
    labelDa: "Manglende selvbooking",
    labelEn: "Meeting not booked in time",
    interim: true,
    attributes: { system: true },
  },
  {
    code: "afmeldt-af-a-kassen",
    labelDa: "Afmeldt af a-kassen",
    labelEn: "Deregistered by the unemployment insurance fund",
    interim: true,
    attributes: { system: true },
  },
];

/** Visitationsgrupper (research 1.10); names confirmed, ids are ours. */
const visitationGroup: CodeListEntry[] = [
  { code: "jobparat", labelDa: "Jobparat", labelEn: "Job-ready", interim: true },
  { code: "aktivitetsparat", labelDa: "Aktivitetsparat", labelEn: "Activity-ready", interim: true },
  {
    code: "uddannelsesparat",
    labelDa: "Uddannelsesparat",
    labelEn: "Education-ready",
    interim: true,
  },
  {
    code: "aabenlyst-uddannelsesparat",
    labelDa: "Åbenlyst uddannelsesparat",
    labelEn: "Clearly education-ready",
    interim: true,
  },
];

/**
 * Kontaktgrupper (research 1.10): the foundation's ids run KG1–KG29. KG1 is the dagpenge group
 * (seed 001 § 28 stk. 4–5) and the ids are the official numbers; the names of the others are
 * UNCONFIRMED (derived from the benefit they follow) and marked interim until STAR's
 * ContactGroupTypeCodeList replaces them. Only the groups this portal meets are listed.
 * `visitation`: seed 001 § 28 nr. 9 "For personer i kontaktgruppe 2, 3 og 12" a held conversation
 * registers the visitation group. Until the job centre registers a group, a registration implies the
 * one its benefit category names (`contactGroup` there: dagpenge is KG1).
 */
const contactGroup: CodeListEntry[] = [
  { code: "1", labelDa: "Dagpengemodtagere", labelEn: "Recipients of unemployment benefit" },
  { code: "2", labelDa: "Jobparate kontanthjælpsmodtagere", labelEn: "Job-ready recipients of social assistance", interim: true, attributes: { visitation: true } },
  { code: "3", labelDa: "Aktivitetsparate kontanthjælpsmodtagere", labelEn: "Activity-ready recipients of social assistance", interim: true, attributes: { visitation: true } },
  { code: "6", labelDa: "Sygedagpengemodtagere", labelEn: "Recipients of sickness benefit", interim: true },
  { code: "10", labelDa: "Ledighedsydelsesmodtagere", labelEn: "Recipients of unemployment benefit for flexi-job applicants", interim: true },
  {
    code: "12",
    labelDa: "Modtagere af selvforsørgelses- og hjemrejseydelse eller overgangsydelse",
    labelEn: "Recipients of self-support and return benefit or transition benefit",
    interim: true,
    attributes: { visitation: true },
  },
];

/**
 * A-kasser (research 1.11). Official numeric a-kasse codes are UNCONFIRMED, so ids are ours.
 * Proper names are not translated. "Virksom A-kasse" is left out (status UNCONFIRMED).
 */
const unemploymentFundNames: ReadonlyArray<readonly [code: string, name: string]> = [
  ["akademikernes-a-kasse", "Akademikernes A-kasse"],
  ["3f-a-kasse", "3F A-kasse"],
  ["hk-danmark-a-kasse", "HK/Danmark A-kasse"],
  ["krifa", "Krifa"],
  ["foa-a-kasse", "FOA A-kasse"],
  ["ase", "Ase"],
  ["ftf-a", "FTF-A"],
  ["det-faglige-hus-a-kasse", "Det Faglige Hus A-kasse"],
  ["lederne-a-kassen", "Lederne A-kassen"],
  ["dsa", "DSA – Din Sundhedsfaglige A-kasse"],
  ["min-a-kasse", "Min A-kasse"],
  ["laerernes-a-kasse", "Lærernes A-kasse"],
  ["dansk-metal-a-kasse", "Dansk Metal A-kasse"],
  ["ma", "MA"],
  ["ca-a-kasse", "CA a-kasse"],
  ["bupl-a-kasse", "BUPL A-kasse"],
  ["socialpaedagogernes-a-kasse", "Socialpædagogernes A-kasse"],
  ["teknikernes-a-kasse", "Teknikernes A-kasse"],
  ["journalistik-kommunikation-og-sprog-a-kasse", "Journalistik, Kommunikation & Sprog A-kasse"],
  ["foedevareforbundet-nnf-a-kasse", "Fødevareforbundet NNF's a-kasse"],
  ["din-faglige-a-kasse", "Din Faglige A-kasse"],
  ["frie", "Frie"],
];

const unemploymentFund: CodeListEntry[] = unemploymentFundNames.map(([code, name]) => ({
  code,
  labelDa: name,
  labelEn: name,
  interim: true,
}));

/**
 * Jobordrestatus (SEED-137 § 137 stk. 1 nr. 3); JobordreStatusType ids UNCONFIRMED. `open`: in
 * the public search. `closed`: the job is over (the need is met, the deadline passed), and its
 * public page says so; an inactive order is only paused, so the public does not see it at all.
 */
const jobOrderStatus: CodeListEntry[] = [
  {
    code: "under-behandling",
    // STAR's name for an order the job centre is filling; to the employer it reads as open.
    labelDa: "Aktiv – jobsøgende kan se og søge jobbet",
    labelEn: "Active – jobseekers can see and apply",
    interim: true,
    attributes: { open: true },
  },
  {
    code: "inaktiv-nok-henvisninger",
    labelDa: "Inaktiv – arbejdsgiveren har nok henvisninger",
    labelEn: "Inactive – the employer has enough referrals",
    interim: true,
    attributes: { open: false },
  },
  {
    code: "afsluttet-behov-daekket",
    labelDa: "Afsluttet – behovet er dækket",
    labelEn: "Closed – the position has been filled",
    interim: true,
    attributes: { open: false, closed: true },
  },
  {
    code: "afsluttet-frist-udloebet",
    labelDa: "Afsluttet – ansøgningsfristen er udløbet",
    labelEn: "Closed – the application deadline has passed",
    interim: true,
    attributes: { open: false, closed: true, automatic: true },
  },
];

/** Status of a person on the placement log; CandidateRecruitmentStatusTypeIdentifier ids UNCONFIRMED. */
const placementStatus: CodeListEntry[] = [
  { code: "henvist", labelDa: "Henvist", labelEn: "Referred", interim: true },
  {
    code: "indkaldt-til-samtale",
    labelDa: "Indkaldt til samtale",
    labelEn: "Invited to interview",
    interim: true,
  },
  { code: "ansat", labelDa: "Ansat", labelEn: "Hired", interim: true },
  { code: "ikke-ansat", labelDa: "Ikke ansat", labelEn: "Not hired", interim: true },
  { code: "trukket-tilbage", labelDa: "Trukket tilbage", labelEn: "Withdrawn", interim: true },
];

/**
 * Full or part time (interim). Not to be confused with STAR's ArbejdstidsforholdTypeCodeList
 * (1 Normal arbejdstid, 2 Morgen-, 3 Aften-, 4 Natarbejde, 6 Skiftende), which is about time of day.
 */
const workingTime: CodeListEntry[] = [
  { code: "fuldtid", labelDa: "Fuldtid", labelEn: "Full time", interim: true },
  { code: "deltid", labelDa: "Deltid", labelEn: "Part time", interim: true },
  {
    code: "fuldtid-eller-deltid",
    labelDa: "Fuldtid eller deltid",
    labelEn: "Full time or part time",
    interim: true,
  },
];

/** Jobordretype (interim; JobordreType ids UNCONFIRMED). */
const jobOrderType: CodeListEntry[] = [
  { code: "ordinaert-job", labelDa: "Ordinært job", labelEn: "Ordinary job", interim: true },
  {
    code: "job-med-loentilskud",
    labelDa: "Job med løntilskud",
    labelEn: "Job with wage subsidy",
    interim: true,
  },
  { code: "fleksjob", labelDa: "Fleksjob", labelEn: "Flexi-job", interim: true },
  {
    code: "elevplads-laerlingeplads",
    labelDa: "Elevplads/lærlingeplads",
    labelEn: "Apprenticeship or trainee position",
    interim: true,
  },
  { code: "praktik", labelDa: "Praktik", labelEn: "Work placement", interim: true },
  { code: "saesonjob", labelDa: "Sæsonjob", labelEn: "Seasonal job", interim: true },
];

/** Who created the job order (interim). */
const jobOrderOrigin: CodeListEntry[] = [
  {
    code: "arbejdsgiver-jobag",
    labelDa: "Arbejdsgiver via JobAG",
    labelEn: "Employer via JobAG",
    interim: true,
  },
  { code: "jobcenter", labelDa: "Jobcenter", labelEn: "Job centre", interim: true },
  {
    code: "a-kasse",
    labelDa: "A-kasse",
    labelEn: "Unemployment insurance fund",
    interim: true,
  },
];

/** A-kasse participation in joint job meetings (LAB § 31 stk. 2; SEED-20 item 13). */
const aKasseParticipationStatus: CodeListEntry[] = [
  { code: "deltager", labelDa: "Deltager", labelEn: "Taking part", interim: true },
  { code: "deltager-ikke", labelDa: "Deltager ikke", labelEn: "Not taking part", interim: true },
  { code: "afventer-svar", labelDa: "Afventer svar", labelEn: "Awaiting reply", interim: true },
];

/**
 * Why a citizen cancels a meeting (afbud), the product's own list. `needsComment`: the citizen says
 * in a few words what the reason is, so the job centre can judge it.
 */
const citizenCancellationReason: CodeListEntry[] = [
  { code: "sygdom", labelDa: "Jeg er syg", labelEn: "I am ill", interim: true },
  { code: "barns-sygdom", labelDa: "Mit barn er sygt", labelEn: "My child is ill", interim: true },
  { code: "arbejde", labelDa: "Jeg skal arbejde eller til jobsamtale", labelEn: "I have work or a job interview", interim: true },
  { code: "andet", labelDa: "Anden grund", labelEn: "Another reason", interim: true, attributes: { needsComment: true } },
];

export const codeLists: Record<CodeListName, CodeListEntry[]> = {
  meetingType,
  meetingForm,
  participantRole,
  absenceType,
  benefitCategory,
  unemploymentDegree,
  deregistrationReason,
  visitationGroup,
  contactGroup,
  unemploymentFund,
  jobOrderStatus,
  placementStatus,
  workingTime,
  jobOrderType,
  jobOrderOrigin,
  aKasseParticipationStatus,
  citizenCancellationReason,
};
