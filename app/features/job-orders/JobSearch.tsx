import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextField } from "~/components/dkfds/fields";
import { FormErrorSummary } from "~/components/dkfds/form";
import { openStatus, pageSize, placeMax, searchParamsSchema } from "./schemas";
import type { SearchResult } from "./search.server";
import { Button } from "~/components/dkfds/Button";
import { PlainList } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

type Option = { value: string; label: string };
type Values = Record<string, string | number | undefined>;

/**
 * The search form's state: the loader's answer (conform's reply: errors at their fields) and the
 * same schema checked in the browser before a search is sent.
 */
export function useJobSearch(result: SubmissionResult) {
  return useForm({
    id: "job-search",
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: searchParamsSchema }),
    shouldValidate: "onSubmit",
  });
}

type JobSearchState = ReturnType<typeof useJobSearch>;

/** The DKFDS error summary of the search form, above the h1. */
export function JobSearchErrors({ search }: { search: JobSearchState }) {
  return <FormErrorSummary form={search[0]} ns="jobs" />;
}

/**
 * The job search form: a GET form, so a search is a link that can be shared and works without
 * JavaScript. Staff get two more filters, status and employer. `values` is what was typed, shown
 * again as it was, also when the place was not found.
 */
export function JobSearchForm({
  search: [form, fields],
  values,
  occupations,
  workingTimes,
  statuses,
}: {
  search: JobSearchState;
  values: Values;
  occupations: Option[];
  workingTimes: Option[];
  statuses?: Option[];
}) {
  const { t } = useTranslation("jobs");
  const value = (name: string) => (values[name] === undefined ? "" : String(values[name]));
  const placeError = fields.sted.errors?.[0];
  return (
    <Form method="get" role="search" aria-label={t("search.formLabel")} {...getFormProps(form)}>
      <TextField id="q" label={t("search.q.label")} hint={t("search.q.hint")} defaultValue={value("q")} type="search" />
      <Select id="stilling" label={t("search.occupation")} options={occupations} placeholder={t("search.all")} defaultValue={value("stilling")} />
      <TextField
        id="sted"
        label={t("search.place.label")}
        hint={t("search.place.hint")}
        error={placeError ? t(placeError) : undefined}
        defaultValue={value("sted")}
        maxLength={placeMax}
        autoComplete="address-level2"
        width="m"
      />
      <Select id="arbejdstid" label={t("search.workingTime")} options={workingTimes} placeholder={t("search.all")} defaultValue={value("arbejdstid")} />
      {statuses ? (
        <>
          <Select id="status" label={t("search.status")} options={[{ value: "alle", label: t("search.all") }, ...statuses]} defaultValue={value("status") || openStatus} />
          <TextField id="arbejdsgiver" label={t("search.employer.label")} hint={t("search.employer.hint")} defaultValue={value("arbejdsgiver")} />
        </>
      ) : null}
      <Select
        id="sorter"
        label={t("search.sort.label")}
        options={[
          { value: "nyeste", label: t("search.sort.newest") },
          { value: "frist", label: t("search.sort.deadline") },
        ]}
        defaultValue={value("sorter") || "nyeste"}
      />
      <Button>
        {t("search.submit")}
      </Button>
    </Form>
  );
}

/** The query string of a search, without its page: what a hit and a page link carry. */
export function searchQuery(values: Values, side?: number): string {
  const params = new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === "" || k === "side" ? [] : [[k, String(v)]])));
  if (side && side > 1) params.set("side", String(side));
  return params.size ? `?${params}` : "";
}

/**
 * The hits of one page, how many there are in all, and links to the previous and next page (the
 * same search, another `side`). The count is a polite live region: read out when a search made
 * in the page (with JavaScript) brings new hits. A hit's link may carry the search (`hrefOf`), so
 * the job page can lead back to it.
 */
export function JobHits({
  found: { hits, page, hasNext, total, more },
  values,
  hrefOf,
  showStatus,
}: {
  found: SearchResult;
  values: Values;
  /** A hit's link, given the search's query string ("?q=lager&side=2"), for a page that leads back to it */
  hrefOf: (id: string, query: string) => string;
  showStatus?: boolean;
}) {
  const { t, i18n } = useTranslation("jobs");
  const d = useDates();
  const pageHref = (side: number) => searchQuery(values, side) || "?";
  const from = (page - 1) * pageSize + 1;
  const count = total.toLocaleString(i18n.language);
  return (
    <section aria-labelledby="hits-heading">
      <h2 id="hits-heading" aria-live="polite">
        {total === 0 ? t("search.noResults") : more ? t("search.foundMore", { shown: count }) : t("search.found", { count: total, shown: count })}
      </h2>
      {hits.length && (page > 1 || hasNext) ? <p>{t("search.results", { from, to: from + hits.length - 1 })}</p> : null}
      {more ? <p>{t("search.narrow")}</p> : null}
      <PlainList>
        {hits.map((hit) => (
          <li key={hit.id} className="mb-5">
            <h3 className="h4 mb-1">
              <Link to={hrefOf(hit.id, searchQuery(values, page))}>{hit.title}</Link>
            </h3>
            <p className="mt-0">
              {hit.employerName} · {hit.occupationLabel} · {hit.workingTimeLabel} · {hit.town ? `${hit.postcode} ${hit.town}` : hit.postcode}
              <br />
              {t("search.deadline", { date: d.date(hit.applicationDeadline) })}
              {showStatus ? ` · ${hit.statusLabel}` : null}
            </p>
          </li>
        ))}
      </PlainList>
      {page > 1 || hasNext ? (
        <nav aria-label={t("search.pages")}>
          <PlainList>
            {page > 1 ? (
              <li>
                <Link to={pageHref(page - 1)} rel="prev">
                  {t("search.previous")}
                </Link>
              </li>
            ) : null}
            {hasNext ? (
              <li>
                <Link to={pageHref(page + 1)} rel="next">
                  {t("search.next")}
                </Link>
              </li>
            ) : null}
          </PlainList>
        </nav>
      ) : null}
    </section>
  );
}
