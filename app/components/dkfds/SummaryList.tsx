import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export type SummaryRow = { label: string; value: ReactNode; change?: { href: string; text: string } };

/**
 * A DKFDS structured list: label and value per row, with a change link (hidden in print) when
 * the answers can still be changed. The link's hidden text names what it changes.
 */
export function SummaryList({ rows, caption }: { rows: SummaryRow[]; caption: string }) {
  const changeable = rows.some((row) => row.change);
  return (
    <table className="table structured-list table--responsive-headers d-print-table">
      <caption className="sr-only">{caption}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="w-percent-40">
              {row.label}
            </th>
            <td>{row.value}</td>
            {changeable ? (
              <td className="d-print-none w-percent-10">
                {row.change ? (
                  <Link to={row.change.href}>
                    {row.change.text}
                    <span className="sr-only"> {row.label.toLowerCase()}</span>
                  </Link>
                ) : null}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
