import type { Language } from "~/i18n/config";
import { codeEntry, codeLabel } from "~/features/codelists/codelists.server";
import { formatDateTime, formatDay, formatShortDate } from "~/utils/dates";
import type { conversationOf, conversationsOf, currentAgreementOf } from "./conversations.server";

/**
 * Held conversations as the citizen reads them (seed 001 § 28 stk. 6): times in Danish time and
 * code-list labels in their language, prepared on the server.
 */
export function presentConversationListItem(item: ReturnType<typeof conversationsOf>[number], lng: Language) {
  return { id: item.id, day: formatDay(item.heldOn, lng), type: codeLabel("meetingType", item.meetingType, lng), jobCentre: item.jobCentre };
}

/**
 * Which of § 28's items the conversation's type has: nr. 5 (jobsamtaler, integration), nr. 6
 * (fleksjob), nr. 7 (joint with the a-kasse), nr. 8 (the other types, or where some were written),
 * nr. 9 (when a visitation group was registered). The pages show those and no empty "Ingen".
 */
function itemsOf(conversation: NonNullable<ReturnType<typeof conversationOf>>) {
  const type = codeEntry("meetingType", conversation.meetingType)?.attributes ?? {};
  const furtherCourse = type.furtherCourseAgreement === true;
  const flexjob = type.flexjobAgreement === true;
  return {
    furtherCourse,
    flexjob,
    aKasse: type.jointWithUnemploymentFund === true,
    practical: !!conversation.practicalAgreements || (!furtherCourse && !flexjob),
    visitation: !!conversation.newVisitationGroup,
  };
}

export function presentConversation(conversation: NonNullable<ReturnType<typeof conversationOf>>, lng: Language) {
  return {
    applies: itemsOf(conversation),
    id: conversation.id,
    heldOn: formatDateTime(conversation.heldOn, lng),
    /** "4. december": the day in the page title */
    shortDay: formatShortDate(conversation.heldOn, lng),
    type: codeLabel("meetingType", conversation.meetingType, lng),
    form: codeLabel("meetingForm", conversation.meetingForm, lng),
    furtherCourseAgreement: conversation.furtherCourseAgreement,
    flexjobAgreement: conversation.flexjobAgreement,
    aKasseParticipation: conversation.aKasseParticipationStatus ? codeLabel("aKasseParticipationStatus", conversation.aKasseParticipationStatus, lng) : null,
    practicalAgreements: conversation.practicalAgreements,
    newVisitationGroup: conversation.newVisitationGroup ? codeLabel("visitationGroup", conversation.newVisitationGroup, lng) : null,
    participants: conversation.participants.map((p) => ({ name: p.name, role: codeLabel("participantRole", p.role, lng), form: codeLabel("meetingForm", p.form, lng) })),
    cvNotAdequate: conversation.cvNotAdequate,
    jobCentre: conversation.jobCentre,
    registeredBy: conversation.registeredBy ?? null,
    forwardedToFund: conversation.forwardedToFundAt ? formatDateTime(conversation.forwardedToFundAt, lng) : null,
    awaitsReporting: conversation.awaitsReporting,
  };
}

/** The agreement in force (§ 28 nr. 5) with the day of the conversation that made it. */
export function presentAgreement(agreement: ReturnType<typeof currentAgreementOf>, lng: Language) {
  return agreement ? { conversationId: agreement.conversationId, heldOn: formatDay(agreement.heldOn, lng), text: agreement.text } : null;
}
