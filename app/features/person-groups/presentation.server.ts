import { codeLabel, codeList } from "~/features/codelists/codelists.server";
import type { Language } from "~/i18n/config";
import { formatDate } from "~/utils/dates";
import { contactGroupHistoryOf, currentContactGroupOf, registersVisitation, visitationHistoryOf } from "./person-groups.server";

/**
 * The person's contact group and visitation group as staff read them: the current ones with the day
 * they have effect from, and the history, in the staff member's language.
 */
export function presentPersonGroups(citizenId: string, lng: Language) {
  const current = currentContactGroupOf(citizenId);
  const contactGroup = (code: string) => `${code}: ${codeLabel("contactGroup", code, lng)}`;
  return {
    contactGroup: current ? { label: contactGroup(current.contactGroup), from: formatDate(current.effectiveFrom, lng), implied: current.implied, code: current.contactGroup } : null,
    contactGroupHistory: contactGroupHistoryOf(citizenId).map((row) => ({ label: contactGroup(row.contactGroup), from: formatDate(row.effectiveFrom, lng), registeredBy: row.registeredBy })),
    visitationApplies: registersVisitation(current),
    visitationHistory: visitationHistoryOf(citizenId).map((row) => ({
      label: codeLabel("visitationGroup", row.visitationGroup, lng),
      from: formatDate(row.effectiveFrom, lng),
      heldConversationId: row.heldConversationId,
    })),
    options: codeList("contactGroup", lng).map((g) => ({ value: g.code, label: contactGroup(g.code) })),
  };
}
