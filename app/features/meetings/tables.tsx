import { Link } from "@remix-run/react";
import type { ConversationParticipant } from "../../../db/schema/meetings";
import { Hint } from "~/components/dkfds/Text";
import { DataTable } from "~/components/dkfds/DataTable";

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
    <DataTable caption={caption} head={<tr>
          <th scope="col">{headings.when}</th>
          <th scope="col">{headings.what}</th>
          <th scope="col">{headings.status}</th>
        </tr>}>{items.map((item) => (
          <tr key={item.id}>
            <td>
              {item.day}, {item.time}
            </td>
            <td>
              <Link to={href(item)}>{item.title}</Link>
              {/* The type under the title, unless the title is the type ("Jobsamtale / Jobsamtale"). */}
              {item.type !== item.title ? (
                <>
                  <br />
                  <Hint as="span">{item.type}</Hint>
                </>
              ) : null}
            </td>
            <td>{status(item)}</td>
          </tr>
        ))}</DataTable>
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
    <DataTable
      labelledBy={labelledBy}
      head={
        <tr>
          <th scope="col">{headings.name}</th>
          <th scope="col">{headings.role}</th>
          <th scope="col">{headings.form}</th>
        </tr>
      }
    >
      {participants.map((p, index) => (
        <tr key={index}>
          <td>{p.name}</td>
          <td>{p.role}</td>
          <td>{p.form}</td>
        </tr>
      ))}
    </DataTable>
  );
}
