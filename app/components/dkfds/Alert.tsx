import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon";

type Variant = "info" | "success" | "warning" | "error";

/** DKFDS alert; warnings and errors are announced (role=alert). */
export function Alert({ variant, heading, children, headingLevel = 2 }: {
  variant: Variant;
  heading?: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation("shell");
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={`alert alert-${variant}`} role={variant === "warning" || variant === "error" ? "alert" : undefined}>
      <Icon name={variant} className="alert-icon" label={t(`alert.${variant}`)} />
      <div className="alert-body">
        {heading ? <Heading className="alert-heading">{heading}</Heading> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
