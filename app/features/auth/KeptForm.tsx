import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Alert } from "~/components/dkfds/Alert";

export type KeptFields = Record<string, string | string[]> | null;

/**
 * A form kept when the session ended (kept-form.server.ts), handed to the page's form as conform's
 * last result: the fields are filled in on the server, so the page shows them with and without
 * JavaScript. An answer from the page's own action comes first.
 */
export function keptResult<T>(answer: SubmissionResult<string[]> | T | undefined, kept: KeptFields): SubmissionResult<string[]> | T | undefined {
  return answer ?? (kept ? { initialValue: kept } : undefined);
}

/** Tells the person plainly that what they see in the form was not sent yet. */
export function KeptFormNotice({ kept }: { kept: KeptFields }) {
  const { t } = useTranslation();
  if (!kept) return null;
  return (
    <Alert variant="warning" heading={t("keptForm.heading")}>
      <p>{t("keptForm.text")}</p>
    </Alert>
  );
}
