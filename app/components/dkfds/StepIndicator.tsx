import { Link } from "@remix-run/react";
import { Icon } from "./Icon";

export type IndicatorStep = {
  title: string;
  href: string;
  /** done: answered and linked; current: this page; available: may be opened; disabled: not yet */
  state: "done" | "current" | "available" | "disabled";
};

/**
 * The DKFDS step indicator (trinindikator). From 768 px the full list: the current step with
 * `li.current` and `aria-current="step"`, completed steps linked with a check icon, later steps
 * disabled. Below that the simple variant ("Trin 2 af 5"), which needs no JavaScript.
 */
export function StepIndicator({
  steps,
  label,
  doneLabel,
  simpleLabel,
}: {
  steps: IndicatorStep[];
  /** The nav's name, e.g. "Trinindikator" */
  label: string;
  /** The check icon's text for step n, e.g. "Trin 1 gennemført" */
  doneLabel: (n: number) => string;
  /** "Trin 2 af 5" for the current step; omitted on pages outside the steps (the summary). */
  simpleLabel?: string;
}) {
  return (
    <>
      <nav aria-label={label} className="d-none d-md-block">
        <ol className="step-indicator">
          {steps.map((step, index) => {
            const className = step.state === "current" ? "current" : step.state === "disabled" ? "disabled" : undefined;
            const inner = (
              <>
                {step.state === "done" ? (
                  <span className="step-icon">
                    <Icon name="check" label={doneLabel(index + 1)} />
                  </span>
                ) : (
                  <span className="step-number">
                    <span>{index + 1}</span>
                  </span>
                )}
                <div>
                  <span className="step-title">{step.title}</span>
                </div>
              </>
            );
            return (
              <li key={step.href} className={className}>
                {step.state === "disabled" ? (
                  <div className="step">{inner}</div>
                ) : (
                  <Link className="step" to={step.href} aria-current={step.state === "current" ? "step" : undefined}>
                    {inner}
                  </Link>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
      {simpleLabel ? <p className="step-subheading d-md-none">{simpleLabel}</p> : null}
    </>
  );
}
