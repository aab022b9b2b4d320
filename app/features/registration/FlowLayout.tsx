import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BackLink } from "~/components/dkfds/Button";
import { StepIndicator } from "~/components/dkfds/StepIndicator";
import { stepHref, stepIds, type FlowPosition, type StepState } from "./steps";

/**
 * The page frame of the registration's steps and summary: the step indicator beside the page
 * (the simple "Trin 2 af 6" on a phone), the back link, then the page itself, whose error summary
 * comes before its h1.
 */
export function FlowLayout({
  current,
  states,
  back,
  children,
}: {
  current: FlowPosition;
  states: { step: FlowPosition; state: StepState }[];
  back: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation("registration");
  const total = stepIds.length + 1;
  const number = states.findIndex((s) => s.step === current) + 1;
  return (
    <div className="row">
      <div className="col-12 col-md-4 col-lg-3">
        <StepIndicator
          label={t("flow.indicator")}
          doneLabel={(n) => t("flow.stepDone", { n })}
          simpleLabel={t("flow.stepOf", { n: number, total })}
          steps={states.map(({ step, state }) => ({ title: t(`steps.${step}.title`), href: stepHref(step), state }))}
        />
      </div>
      <div className="col-12 col-md-8 col-lg-9">
        {back ? <BackLink to={back}>{t("flow.back")}</BackLink> : null}
        {children}
      </div>
    </div>
  );
}
