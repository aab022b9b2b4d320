import type { ReactNode } from "react";

/**
 * A phone number as a `tel:` link, so a phone calls it with one tap. A Danish number (8 digits,
 * with or without +45 and spaces) is shown in pairs, "+45 12 34 56 78", and dialled as
 * "+4512345678"; anything else is shown as written and dialled without its spaces.
 */
export function phoneParts(phone: string): { shown: string; dial: string } {
  const compact = phone.replace(/[\s-]/g, "");
  const danish = /^(?:\+45|0045)?(\d{8})$/.exec(compact);
  if (danish) return { shown: `+45 ${danish[1]!.replace(/(\d{2})(?=\d)/g, "$1 ")}`, dial: `+45${danish[1]}` };
  return { shown: phone, dial: compact };
}

/** `asWritten` keeps the number as someone typed it in free text; it is dialled all the same. */
export function PhoneLink({ phone, asWritten = false }: { phone: string; asWritten?: boolean }) {
  const { shown, dial } = phoneParts(phone);
  return <a href={`tel:${dial}`}>{asWritten ? phone : shown}</a>;
}

const mark = "\u2063phone\u2063";

/**
 * A sentence with a phone number in it, the number as a link: `text` is the translated sentence
 * made with `{ phone: PhoneLink.mark }`, e.g. `t("detail.callUs", { phone: PhoneLink.mark })`.
 */
export function TextWithPhone({ text, phone }: { text: string; phone: string }) {
  const [before, after = ""] = text.split(mark);
  return (
    <>
      {before}
      <PhoneLink phone={phone} />
      {after}
    </>
  );
}
PhoneLink.mark = mark;

const phoneInText = /(?:\+45 ?)?\b\d{2} \d{2} \d{2} \d{2}\b/g;

/** Free text (a summons' contact options) with each phone number in it ("33 17 33 17") as a link, written as it was typed. */
export function TextWithPhones({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(phoneInText)) {
    parts.push(text.slice(at, match.index));
    parts.push(<PhoneLink key={match.index} phone={match[0]} asWritten />);
    at = match.index + match[0].length;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
