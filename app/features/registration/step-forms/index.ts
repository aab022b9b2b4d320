import type { ReactNode } from "react";
import type { PlainStepId, StepFieldsProps } from "./StepForm";
import { BenefitFields } from "./BenefitFields";
import { ConsentFields } from "./ConsentFields";
import { ContactFields } from "./ContactFields";
import { SituationFields } from "./SituationFields";

export { OccupationsStep, type OccupationsResult } from "./OccupationsStep";
export { PlainStep, type StepPageData } from "./StepForm";

/** The fields of each plain step; the occupations step is a page of its own. */
export const stepFieldsComponents: Record<PlainStepId, (props: StepFieldsProps) => ReactNode> = {
  ydelse: BenefitFields,
  ledighed: SituationFields,
  kontakt: ContactFields,
  samtykke: ConsentFields,
};
