import daAbsence from "../../public/locales/da/absence.json";
import daComments from "../../public/locales/da/comments.json";
import daCommon from "../../public/locales/da/common.json";
import daJobs from "../../public/locales/da/jobs.json";
import daMeetings from "../../public/locales/da/meetings.json";
import daPrivacy from "../../public/locales/da/privacy.json";
import daRegistration from "../../public/locales/da/registration.json";
import daStaff from "../../public/locales/da/staff.json";
import enAbsence from "../../public/locales/en/absence.json";
import enComments from "../../public/locales/en/comments.json";
import enCommon from "../../public/locales/en/common.json";
import enJobs from "../../public/locales/en/jobs.json";
import enMeetings from "../../public/locales/en/meetings.json";
import enPrivacy from "../../public/locales/en/privacy.json";
import enRegistration from "../../public/locales/en/registration.json";
import enStaff from "../../public/locales/en/staff.json";
import type { Language } from "./config";

/**
 * The page texts per namespace, bundled into the server build so no request reads the disk.
 * (The frame's texts, namespace `shell`, travel with the client bundle: see shell.ts.)
 */
export const resources = {
  da: { common: daCommon, registration: daRegistration, absence: daAbsence, meetings: daMeetings, comments: daComments, privacy: daPrivacy, staff: daStaff, jobs: daJobs },
  en: { common: enCommon, registration: enRegistration, absence: enAbsence, meetings: enMeetings, comments: enComments, privacy: enPrivacy, staff: enStaff, jobs: enJobs },
} satisfies Record<Language, Record<string, unknown>>;

export type Namespace = keyof (typeof resources)["da"];
export const namespaces = Object.keys(resources.da) as Namespace[];
