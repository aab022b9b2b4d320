import { Link } from "@remix-run/react";
import type { ConversationParticipant } from "../../../db/schema/meetings";

type Row = { id: string; day: string; time: string; title: string; type: string };

/** Meetings as a table for citizens and staff alike: when, what (linked), and a status the page words. */
export function MeetingTable<T extends Row>({
  caption,
  items,
  href,
  status,
  headings,
}: {
  caption: string;
  items: T[];
  href: (item: T) => string;
  status: (item: T) => string;
  headings: { when: string; what: string; status: string };
}) {
  return (
    <table className="table table--responsive-headers">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headings.when}</th>
          <th scope="col">{headings.what}</th>
          <th scope="col">{headings.status}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>
              {item.day}, {item.time}
            </td>
            <td>
              <Link to={href(item)}>{item.title}</Link>
              <br />
              <span className="form-hint">{item.type}</span>
            </td>
            <td>{status(item)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Who took part in a held conversation (seed 001 § 28 stk. 1 nr. 9), labelled by the heading before it. */
export function ParticipantsTable({
  participants,
  labelledBy,
  headings,
}: {
  participants: ConversationParticipant[];
  labelledBy: string;
  headings: { name: string; role: string; form: string };
}) {
  return (
    <table className="table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{headings.name}</th>
          <th scope="col">{headings.role}</th>
          <th scope="col">{headings.form}</th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p, index) => (
          <tr key={index}>
            <td>{p.name}</td>
            <td>{p.role}</td>
            <td>{p.form}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
