import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { SummaryList } from "./SummaryList";

/**
 * What makes a receipt worth keeping (issue 19 item 3): its reference number, when it was shown
 * (so a printed copy says when), and what happens next, in the page's own words.
 */
export function ReceiptFacts({ reference, shownAt, next }: { reference: string; shownAt: string; next: ReactNode[] }) {
  const { t } = useTranslation();
  return (
    <>
      <SummaryList
        caption={t("receipt.facts")}
        rows={[
          { label: t("receipt.reference"), value: reference },
          { label: t("receipt.shownAt"), value: shownAt },
        ]}
      />
      <h2>{t("receipt.next")}</h2>
      <ul>
        {next.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
