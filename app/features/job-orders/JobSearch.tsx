import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { Select, TextField } from "~/components/dkfds/fields";
import { openStatus, pageSize } from "./schemas";
import type { SearchHit } from "./search.server";
import { Button } from "~/components/dkfds/Button";
import { PlainList } from "~/components/dkfds/Text";
import { useDates } from "~/utils/use-dates";

type Option = { value: string; label: string };
type Values = Record<string, string | number | undefined>;

/**
 * The job search form: a GET form, so a search is a link that can be shared and works without
 * JavaScript. Staff get two more filters, status and employer.
 */
export function JobSearchForm({ values, occupations, workingTimes, statuses }: { values: Values; occupations: Option[]; workingTimes: Option[]; statuses?: Option[] }) {
  const { t } = useTranslation("jobs");
  const value = (name: string) => (values[name] === undefined ? "" : String(values[name]));
  return (
    <Form method="get" role="search" aria-label={t("search.formLabel")}>
      <TextField id="q" label={t("search.q.label")} hint={t("search.q.hint")} defaultValue={value("q")} type="search" />
      <Select id="stilling" label={t("search.occupation")} options={occupations} placeholder={t("search.all")} defaultValue={value("stilling")} />
      <TextField id="sted" label={t("search.place.label")} hint={t("search.place.hint")} defaultValue={value("sted")} inputMode="numeric" width="xs" />
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

/** The hits of one page with links to the previous and next page (the same search, another `side`). */
export function JobHits({ hits, page, hasNext, values, hrefOf, showStatus }: { hits: SearchHit[]; page: number; hasNext: boolean; values: Values; hrefOf: (id: string) => string; showStatus?: boolean }) {
  const { t } = useTranslation("jobs");
  const d = useDates();
  const pageHref = (side: number) => {
    const params = new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === "" || k === "side" ? [] : [[k, String(v)]])));
    if (side > 1) params.set("side", String(side));
    return `?${params}`;
  };
  return (
    <section aria-labelledby="hits-heading">
      <h2 id="hits-heading">{hits.length ? t("search.results", { from: (page - 1) * pageSize + 1, to: (page - 1) * pageSize + hits.length }) : t("search.noResults")}</h2>
      <PlainList>
        {hits.map((hit) => (
          <li key={hit.id} className="mb-5">
            <h3 className="h4 mb-1">
              <Link to={hrefOf(hit.id)}>{hit.title}</Link>
            </h3>
            <p className="mt-0">
              {hit.employerName} · {hit.occupationLabel} · {hit.workingTimeLabel} · {hit.postcode}
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
