import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { presentAgreement, presentConversationListItem } from "~/features/meetings/conversation-presentation.server";
import { conversationsOf, currentAgreementOf } from "~/features/meetings/conversations.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead, TypedText } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "meetings:conversations.list.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const lng = await languageOf(request);
  return {
    conversations: conversationsOf(session.subjectId).map((c) => presentConversationListItem(c, lng)),
    agreement: presentAgreement(currentAgreementOf(session.subjectId), lng),
  };
}

export default function Conversations() {
  const { conversations, agreement } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <h1>{t("conversations.list.title")}</h1>
      <Lead>{t("conversations.list.lead")}</Lead>
      {agreement ? (
        <section aria-labelledby="agreement-heading">
          <h2 id="agreement-heading">{t("conversations.agreement.heading")}</h2>
          <p>{t("conversations.agreement.lead", { when: agreement.heldOn })}</p>
          <TypedText text={agreement.text} />
          <p>
            <Link to={`/borger/samtaler/${agreement.conversationId}`}>{t("conversations.agreement.link")}</Link>
          </p>
        </section>
      ) : null}
      {conversations.length ? (
        <DataTable caption={t("conversations.list.title")} head={<tr>
              <th scope="col">{t("conversations.list.when")}</th>
              <th scope="col">{t("conversations.list.what")}</th>
              <th scope="col">{t("conversations.list.where")}</th>
            </tr>}>{conversations.map((c) => (
              <tr key={c.id}>
                <td>{c.day}</td>
                <td>
                  <Link to={`/borger/samtaler/${c.id}`}>{c.type}</Link>
                </td>
                <td>{c.jobCentre}</td>
              </tr>
            ))}</DataTable>
      ) : (
        <p>{t("conversations.list.none")}</p>
      )}
      <p>
        <Link to="/borger/moeder">{t("conversations.list.meetings")}</Link>
      </p>
    </>
  );
}
