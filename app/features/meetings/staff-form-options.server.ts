import { type Store } from "../../../db/client";
import type { PortalSession } from "~/features/auth/session.server";
import { colleaguesOf, staffMemberOf } from "~/features/citizens/job-centre.server";
import { codeList } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { store } from "~/utils/store.server";
import type { MeetingCodeFacts, StaffFormFacts } from "./staff-schemas";

/** What staff's meeting forms are validated with and offer: the code lists' facts and options, the caseworkers to pick. */

/** The code lists' facts the staff forms are validated with (see staff-schemas.ts). */
export function meetingCodeFacts(db: Store = store()): MeetingCodeFacts {
  const forms = codeList("meetingForm", "da", db);
  const types = codeList("meetingType", "da", db);
  return {
    meetingTypes: types.map((t) => t.code),
    meetingForms: forms.map((f) => f.code),
    participationStatuses: codeList("aKasseParticipationStatus", "da", db).map((s) => s.code),
    addressForms: forms.filter((f) => f.attributes.needsAddress === true).map((f) => f.code),
    phoneForms: forms.filter((f) => f.attributes.phone === true).map((f) => f.code),
    jointTypes: types.filter((t) => t.attributes.jointWithUnemploymentFund === true).map((t) => t.code),
    formOnlyWithType: Object.fromEntries(
      forms.filter((f) => typeof f.attributes.onlyWithMeetingType === "string").map((f) => [f.code, String(f.attributes.onlyWithMeetingType)]),
    ),
    furtherCourseTypes: types.filter((t) => t.attributes.furtherCourseAgreement === true).map((t) => t.code),
    flexjobTypes: types.filter((t) => t.attributes.flexjobAgreement === true).map((t) => t.code),
    participantRoles: codeList("participantRole", "da", db).map((r) => r.code),
    visitationGroups: codeList("visitationGroup", "da", db).map((g) => g.code),
    rebookingPeriodDays: Object.fromEntries(
      types.filter((t) => typeof t.attributes.rebookingPeriodDays === "number").map((t) => [t.code, Number(t.attributes.rebookingPeriodDays)]),
    ),
  };
}

/** The facts of the staff forms for this staff member: the code lists and their job centre's caseworkers. */
export function staffFormFacts(session: PortalSession, db: Store = store()): StaffFormFacts {
  return { ...meetingCodeFacts(db), caseworkers: colleaguesOf(db, staffMemberOf(db, session)).map((c) => c.id) };
}

/** The caseworkers a meeting can be with, for the staff forms' picker: the staff member first. */
export function caseworkerOptions(session: PortalSession, db: Store = store()) {
  const colleagues = colleaguesOf(db, staffMemberOf(db, session));
  const me = colleagues.filter((c) => c.id === session.subjectId);
  return [...me, ...colleagues.filter((c) => c.id !== session.subjectId)].map((c) => ({ value: c.id, label: c.name }));
}

/** The code lists staff pick from, in their language. */
export function staffMeetingOptions(lng: Language, db: Store = store()) {
  const options = (list: string) => codeList(list, lng, db).map((entry) => ({ value: entry.code, label: entry.label }));
  return {
    meetingTypes: options("meetingType"),
    meetingForms: options("meetingForm"),
    participationStatuses: options("aKasseParticipationStatus"),
    participantRoles: options("participantRole"),
    visitationGroups: options("visitationGroup"),
  };
}

