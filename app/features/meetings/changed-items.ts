import { useTranslation } from "react-i18next";
import type { ChangeableSummonsItem } from "~/foundation/contract";

/**
 * The items a change of a summons touched, named in the reader's words and joined as their language
 * joins a list ("sted, adresse og mødeform"). Each audience has its own names for the items: the
 * citizen reads "din sagsbehandler", staff read "sagsbehandler".
 */
export function useChangedItems(items: readonly ChangeableSummonsItem[] | undefined, ns: "meetings" | "staff", keyPrefix: string): string {
  const { t, i18n } = useTranslation(ns, { keyPrefix });
  return new Intl.ListFormat(i18n.language, { type: "conjunction" }).format((items ?? []).map((item) => t(item)));
}
