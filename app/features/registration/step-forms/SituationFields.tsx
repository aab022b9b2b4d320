import { useTranslation } from "react-i18next";
import { DateField } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { unemployedFromLimits } from "../schemas";
import type { StepFieldsProps } from "./StepForm";

/** Step "ledighed": how unemployed the citizen is, and since when. */
export function SituationFields({ data, value, error }: StepFieldsProps) {
  const { t } = useTranslation("registration");
  const limits = unemployedFromLimits(data.today);
  return (
    <>
      <RadioGroup
        name="unemploymentDegree"
        legend={t("steps.ledighed.unemploymentDegree")}
        hint={t("steps.ledighed.unemploymentDegreeHint")}
        options={data.unemploymentDegrees}
        value={value("unemploymentDegree")}
        error={error("unemploymentDegree")}
      />
      <DateField
        id="unemployedFrom"
        label={t("steps.ledighed.unemployedFrom")}
        hint={t("steps.ledighed.unemployedFromHint")}
        defaultValue={value("unemployedFrom") ?? ""}
        min={limits.earliest}
        max={limits.latest}
        error={error("unemployedFrom")}
      />
    </>
  );
}
