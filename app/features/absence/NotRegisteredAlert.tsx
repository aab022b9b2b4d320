import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";

/** Absence is reported by registered jobseekers: anyone else is told so and shown the way to register. */
export function NotRegisteredAlert() {
  const { t } = useTranslation("absence");
  return (
    <Alert variant="info" heading={t("list.notRegistered.heading")}>
      <p>{t("list.notRegistered.text")}</p>
      <p>
        <Link to="/borger/tilmelding">{t("list.notRegistered.link")}</Link>
      </p>
    </Alert>
  );
}
