import { createInstance, type TFunction } from "i18next";
import type { Language } from "~/i18n/config";
import da from "../../public/locales/da/notifications.json";
import en from "../../public/locales/en/notifications.json";

/**
 * What the portal writes to a citizen, per kind and language: an e-mail (subject, text and the
 * same as HTML) and, for some kinds, an SMS. Plain language, and no more personal data than the
 * citizen needs to act: what happened, when and where, and a link to log in for the rest (never a
 * CPR number, a reason or the meeting's description). The texts are `notifications.json`; they are
 * kept out of the pages' texts, as no page shows them.
 */

/** The kinds of message, and which texts each e-mail has after its lead. */
export const kinds = {
  rebooking: { key: "rebooking", lines: ["when", "place", "rebooking.pending"], sms: "rebooking.sms" },
  "rebooking.refused": { key: "rebookingRefused", lines: ["when", "place", "rebookingRefused.why"], sms: null },
  "summons.created": { key: "summonsCreated", lines: ["when", "place"], sms: null },
  "summons.moved": { key: "summonsMoved", lines: ["when", "place", "summonsMoved.why"], sms: null },
  "summons.changed": { key: "summonsChanged", lines: ["when", "place"], sms: null },
  "summons.cancelled": { key: "summonsCancelled", lines: ["when", "summonsCancelled.why"], sms: null },
  reminder: { key: "reminder", lines: ["when", "place"], sms: "reminder.sms" },
} as const;

export type NotificationKind = keyof typeof kinds;
export const notificationKinds = Object.keys(kinds) as NotificationKind[];

/** The facts a message about a meeting may carry. */
export type MeetingFacts = {
  jobCentre: string;
  /** "fredag den 4. december 2026 kl. 10.00–10.45", in the citizen's language */
  when: string;
  /** The meeting's place as the summons names it ("Jobcenter København, Kultorvet 2", "Telefonmøde") */
  place: string;
  /** The meeting's page, behind login */
  link: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };
export type Rendered = { email: RenderedEmail; sms: string | null };

const texts = { da, en } as const;
const translators = Object.fromEntries(
  (Object.keys(texts) as Language[]).map((lng) => {
    const instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: false,
      ns: ["notifications"],
      defaultNS: "notifications",
      resources: { [lng]: { notifications: texts[lng] } },
      interpolation: { escapeValue: false },
      initImmediate: false,
    });
    return [lng, instance.t.bind(instance)];
  }),
) as Record<Language, TFunction>;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The e-mail and SMS of `kind` in `lng`, built from the same texts. */
export function render(kind: NotificationKind, lng: Language, facts: MeetingFacts): Rendered {
  const t = translators[lng];
  const spec = kinds[kind];
  const text = (key: string) => t(key, facts) as string;
  const paragraphs = [`${spec.key}.lead`, ...spec.lines].map(text);
  const subject = text(`${spec.key}.subject`);
  const greeting = text("greeting");
  const seeMeeting = text("seeMeeting");
  const calendar = text("calendar");
  const footer = text("footer");
  const plain = [greeting, ...paragraphs, `${seeMeeting}\n${facts.link}`, calendar, "--", footer].join("\n\n");
  const html = [
    `<!doctype html><html lang="${lng}"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>`,
    `<body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">`,
    `<p>${escape(greeting)}</p>`,
    ...paragraphs.map((p) => `<p>${escape(p)}</p>`),
    `<p>${escape(seeMeeting)}<br><a href="${escape(facts.link)}">${escape(facts.link)}</a></p>`,
    `<p>${escape(calendar)}</p>`,
    `<hr><p style="font-size:14px;color:#555">${escape(footer)}</p>`,
    `</body></html>`,
  ].join("\n");
  return { email: { subject, text: plain, html }, sms: spec.sms ? text(spec.sms) : null };
}
