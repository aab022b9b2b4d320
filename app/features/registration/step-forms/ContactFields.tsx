import { useTranslation } from "react-i18next";
import { TextField } from "~/components/dkfds/fields";
import type { StepFieldsProps } from "./StepForm";

/** Step "kontakt": the phone number and e-mail address the job centre may use. */
export function ContactFields({ value, error }: StepFieldsProps) {
  const { t } = useTranslation("registration");
  return (
    <>
      <TextField
        id="phone"
        type="tel"
        autoComplete="tel"
        width="m"
        label={t("steps.kontakt.phone")}
        hint={t("steps.kontakt.phoneHint")}
        defaultValue={value("phone") ?? ""}
        error={error("phone")}
      />
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        label={t("steps.kontakt.email")}
        hint={t("steps.kontakt.emailHint")}
        defaultValue={value("email") ?? ""}
        error={error("email")}
      />
    </>
  );
}
