import { useTranslation } from "react-i18next";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { useYesNo, type StepFieldsProps } from "./StepForm";

/** Step "samtykke": the two consents, each answered yes or no. */
export function ConsentFields({ value, error }: StepFieldsProps) {
  const { t } = useTranslation("registration");
  const yesNo = useYesNo();
  return (
    <>
      <RadioGroup name="fetch" legend={t("steps.samtykke.fetch")} hint={t("steps.samtykke.fetchHint")} options={yesNo} value={value("fetch")} error={error("fetch")} />
      <RadioGroup name="share" legend={t("steps.samtykke.share")} hint={t("steps.samtykke.shareHint")} options={yesNo} value={value("share")} error={error("share")} />
    </>
  );
}
