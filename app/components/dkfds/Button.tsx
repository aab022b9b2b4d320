import { Link, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes, ReactNode } from "react";

/**
 * DKFDS buttons. A form's main action is "primary" (one per form), others "secondary"; "tertiary"
 * is a quiet action beside them. A link that looks like a button is still a link (it navigates).
 */
export type ButtonVariant = "primary" | "secondary" | "tertiary";

const buttonClass = (variant: ButtonVariant) => `button button-${variant}`;

export function Button({
  variant = "primary",
  type = "submit",
  children,
  ...button
}: { variant?: ButtonVariant; children?: ReactNode } & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "className">) {
  return (
    <button type={type} className={buttonClass(variant)} {...button}>
      {children}
    </button>
  );
}

export function LinkButton({ variant = "primary", children, ...link }: { variant?: ButtonVariant; children: ReactNode } & Omit<LinkProps, "className">) {
  return (
    <Link className={buttonClass(variant)} {...link}>
      {children}
    </Link>
  );
}

/** Buttons side by side, wrapping on a narrow screen. */
export function ButtonRow({ children }: { children: ReactNode }) {
  return <div className="button-row">{children}</div>;
}

/** The DKFDS back link at the top of a page, on its own line. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p>
      <Link className="back-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
