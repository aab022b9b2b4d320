import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSession } from "~/features/auth/session.server";
import { RegistrationDetails } from "~/features/registration/RegistrationDetails";
import { flowState } from "~/features/registration/draft.server";
import { registrationView } from "~/features/registration/views.server";
import { stepHref } from "~/features/registration/steps";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Lead } from "~/components/dkfds/Text";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "registration:registered.title");

/** The flow's entrance: a registered citizen sees their registration; anyone else goes to where they left off. */
export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const { registered, first } = flowState(session.subjectId);
  if (!registered) throw redirect(stepHref(first));
  const registration = registrationView(session.subjectId, await languageOf(request));
  if (!registration) throw redirect(stepHref(first));
  return { registration };
}

export default function RegisteredPage() {
  const { registration } = useLoaderData<typeof loader>();
  const { t } = useTranslation("registration");
  return (
    <>
      <h1>{t("registered.title")}</h1>
      <Lead>{t("registered.lead")}</Lead>
      <p>
        <Link to="/borger">{t("registered.toMinSide")}</Link>
      </p>
      <p>
        <Link to="/borger/tilmelding/kvittering">{t("registered.toReceipt")}</Link>
      </p>
      <RegistrationDetails registration={registration} headingLevel={2} />
    </>
  );
}
