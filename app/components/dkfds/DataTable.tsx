import type { ReactNode } from "react";

/**
 * A DKFDS data table. The caption names the table for screen readers (shown when `showCaption`);
 * where a heading above already names it, `labelledBy` points at that heading instead.
 * On a narrow screen "headers" stacks each row under its column headings (the cells need
 * `data-title`), "scroll" lets a wide table scroll on its own instead of the page.
 */
export function DataTable({
  caption,
  labelledBy,
  showCaption = false,
  narrow,
  zebra = false,
  head,
  children,
}: {
  caption?: string;
  labelledBy?: string;
  showCaption?: boolean;
  narrow?: "headers" | "scroll";
  zebra?: boolean;
  head: ReactNode;
  children: ReactNode;
}) {
  const classes = ["table", narrow === "headers" ? "table--responsive-headers" : null, zebra ? "table--zebra" : null].filter(Boolean).join(" ");
  const table = (
    <table className={classes} aria-labelledby={labelledBy}>
      {caption ? <caption className={showCaption ? undefined : "sr-only"}>{caption}</caption> : null}
      <thead>{head}</thead>
      <tbody>{children}</tbody>
    </table>
  );
  return narrow === "scroll" ? <div className="table--responsive-scroll">{table}</div> : table;
}
