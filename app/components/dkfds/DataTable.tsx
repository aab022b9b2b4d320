import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";

type WithChildren = { children?: ReactNode };

/** The text a heading shows, for the label a cell carries on a narrow screen. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<WithChildren>(node)) return textOf(node.props.children);
  return "";
}

/** The column headings of the head's (last) row. */
function headingsOf(head: ReactNode): string[] {
  const rows = Children.toArray(head).filter(isValidElement<WithChildren>);
  const last = rows[rows.length - 1];
  return last ? Children.toArray(last.props.children).map((cell) => textOf(cell)) : [];
}

/** Each cell of each row with its column's heading as `data-title`, unless it has one. */
function labelled(rows: ReactNode, headings: string[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<WithChildren>(row)) return row;
    let column = 0;
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement<Record<string, unknown>>(cell)) return cell;
      const title = headings[column++];
      return title && cell.props["data-title"] === undefined ? cloneElement(cell as ReactElement<Record<string, unknown>>, { "data-title": title }) : cell;
    });
    return cloneElement(row, {}, cells);
  });
}

/**
 * A DKFDS data table. The caption names the table for screen readers (shown when `showCaption`);
 * where a heading above already names it, `labelledBy` points at that heading instead.
 * On a narrow screen a table becomes a list: each row stacks its cells, each under its column's
 * heading (taken from `head`, so no cell needs to repeat it). "scroll" instead lets a wide table
 * scroll on its own, never the page.
 */
export function DataTable({
  caption,
  labelledBy,
  showCaption = false,
  narrow = "list",
  zebra = false,
  head,
  children,
}: {
  caption?: string;
  labelledBy?: string;
  showCaption?: boolean;
  narrow?: "list" | "scroll";
  zebra?: boolean;
  head: ReactNode;
  children: ReactNode;
}) {
  const list = narrow === "list";
  const classes = ["table", list ? "table--responsive-headers" : null, zebra ? "table--zebra" : null].filter(Boolean).join(" ");
  const table = (
    <table className={classes} aria-labelledby={labelledBy}>
      {caption ? <caption className={showCaption ? undefined : "sr-only"}>{caption}</caption> : null}
      <thead>{head}</thead>
      <tbody>{list ? labelled(children, headingsOf(head)) : children}</tbody>
    </table>
  );
  return list ? table : <div className="table--responsive-scroll">{table}</div>;
}
