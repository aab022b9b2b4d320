import { useEffect, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Select } from "~/components/dkfds/fields";
import { RadioGroup } from "~/components/dkfds/RadioGroup";
import { useYesNo, type StepFieldsProps } from "./StepForm";

/** Step "ydelse": the benefit, membership of an a-kasse and which one. */
export function BenefitFields({ data, value, error }: StepFieldsProps) {
  const { t } = useTranslation("registration");
  const yesNo = useYesNo();
  // Without JavaScript the a-kasse list is always there; with it, only when the answer is "ja".
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const [member, setMember] = useState(value("fundMember"));
  const onMembership = (event: ChangeEvent<HTMLDivElement>) => {
    const target = event.target as unknown as HTMLInputElement;
    if (target.name === "fundMember") setMember(target.value);
  };
  return (
    <>
      <RadioGroup
        name="benefitCategory"
        legend={t("steps.ydelse.benefitCategory")}
        hint={t("steps.ydelse.benefitCategoryHint")}
        options={data.benefitCategories}
        value={value("benefitCategory")}
        error={error("benefitCategory")}
      />
      <div onChange={onMembership}>
        <RadioGroup name="fundMember" legend={t("steps.ydelse.fundMember")} options={yesNo} value={value("fundMember")} error={error("fundMember")} />
      </div>
      {!hydrated || member === "ja" || error("unemploymentFund") ? (
        <Select
          id="unemploymentFund"
          label={t("steps.ydelse.unemploymentFund")}
          hint={t("steps.ydelse.unemploymentFundHint")}
          placeholder={t("steps.ydelse.unemploymentFundPlaceholder")}
          options={data.unemploymentFunds}
          defaultValue={value("unemploymentFund") ?? ""}
          error={error("unemploymentFund")}
        />
      ) : null}
    </>
  );
}
