import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";
import { Icon } from "~/components/dkfds/Icon";
import { ReceiptFacts } from "~/components/dkfds/ReceiptFacts";
import { formatDateTime } from "~/utils/dates";
import { requireSession } from "~/features/auth/session.server";
import { RegistrationDetails } from "~/features/registration/RegistrationDetails";
import { registrationView } from "~/features/registration/views.server";
import { languageOf } from "~/i18n/i18n.server";
import { pageMeta } from "~/i18n/meta";
import { Button, LinkButton } from "~/components/dkfds/Button";
import { Lead, ScreenOnly } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "registration:receipt.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request, "citizen");
  const registration = registrationView(session.subjectId, await languageOf(request));
  if (!registration) throw redirect("/borger/tilmelding");
  return { registration, shownAt: formatDateTime(new Date(), await languageOf(request)) };
}

/** The receipt, outside the step flow: printable, with the chrome hidden in print. */
export default function ReceiptPage() {
  const { registration, shownAt } = useLoaderData<typeof loader>();
  const { t } = useTranslation("registration");
  const d = useDates();
  // Printing needs JavaScript; without it the page says how to print instead of showing a dead button.
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  return (
    <>
      <Alert variant="success" heading={t("receipt.alertHeading")}>
        <p>{t("receipt.alertText", { date: d.date(registration.registeredOn) })}</p>
      </Alert>
      <h1>{t("receipt.title")}</h1>
      <Lead>{t("receipt.lead")}</Lead>
      <ScreenOnly>
        {canPrint ? (
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            <Icon name="print" />
            {t("receipt.print")}
          </Button>
        ) : (
          <p>{t("receipt.printNoJs")}</p>
        )}
      </ScreenOnly>
      <ReceiptFacts reference={registration.reference} shownAt={shownAt} next={t("receipt.next", { returnObjects: true }) as string[]} />
      <h2>{t("receipt.details")}</h2>
      <RegistrationDetails registration={registration} headingLevel={3} />
      <ScreenOnly>
        <p>
          <LinkButton to="/borger">{t("receipt.toMinSide")}</LinkButton>
        </p>
      </ScreenOnly>
    </>
  );
}
