import { Fragment, type ReactNode } from "react";

/** The lead paragraph under a page's h1. */
export function Lead({ children }: { children: ReactNode }) {
  return <p className="font-lead">{children}</p>;
}

/**
 * A quiet explanation beside content, in the DKFDS hint style. `id` lets a control point at it;
 * `live` has a screen reader read its changes (a character count).
 */
export function Hint({ children, id, as = "p", live = false }: { children: ReactNode; id?: string; as?: "p" | "span" | "div"; live?: boolean }) {
  const Tag = as;
  return (
    <Tag className="form-hint" id={id} aria-live={live ? "polite" : undefined}>
      {children}
    </Tag>
  );
}

/** Text for screen readers only: names what the eye reads from the layout. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

/** The DKFDS spacing steps used between list items. */
type Space = 3 | 5 | 6;

/** A list without bullets (links, results, choices); `compact` drops its outer margin. */
export function PlainList({ children, compact = false }: { children: ReactNode; compact?: boolean }) {
  return <ul className={compact ? "nobullet-list m-0" : "nobullet-list"}>{children}</ul>;
}

/** One item of a list, with room above or below it (DKFDS spacing steps). */
export function ListItem({ children, below, above }: { children: ReactNode; below?: Space; above?: Space }) {
  const classes = [below ? `mb-${below}` : null, above ? `mt-${above}` : null].filter(Boolean).join(" ");
  return <li className={classes || undefined}>{children}</li>;
}

/** A list item that names a thing and offers one action on it (add, remove), side by side. */
export function ActionItem({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <li className="mb-3">
      <span className="mr-4">{label}</span>
      {children}
    </li>
  );
}

/** A heading of the right level for the outline that looks like another (a card title as h3). */
export function Heading({ level, look, id, children }: { level: 2 | 3 | 4; look: "h2" | "h3" | "h4" | "h5"; id?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={look} id={id}>
      {children}
    </Tag>
  );
}

/** What is on the screen but not on paper: links and buttons of a receipt. */
export function ScreenOnly({ children }: { children: ReactNode }) {
  return <div className="d-print-none">{children}</div>;
}

/** A heading-sized legend or label text, where a fieldset groups a part of a form. */
export function Fieldset({ legend, size = "h3", children }: { legend: ReactNode; size?: "h2" | "h3" | "h4"; children: ReactNode }) {
  return (
    <fieldset>
      <legend className={size}>{legend}</legend>
      {children}
    </fieldset>
  );
}

/** Text someone typed, as a paragraph: escaped by React, its line breaks kept as <br>, never HTML. */
export function TypedText({ text }: { text: string }) {
  return (
    <p>
      {text.split("\n").map((line, i) => (
        <Fragment key={i}>
          {i > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </p>
  );
}
