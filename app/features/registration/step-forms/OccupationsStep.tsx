import { Form, useActionData, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "~/components/dkfds/Button";
import { TextField } from "~/components/dkfds/fields";
import { AnswerErrorSummary } from "~/components/dkfds/form";
import { ActionItem, Lead, PlainList, VisuallyHidden } from "~/components/dkfds/Text";
import { maxOccupations } from "../schemas";
import { SubmitRow, type StepPageData } from "./StepForm";

/** What a refused add or "Næste" on the occupations step answers: the message's locale key. */
export type OccupationsResult = { occupationsError: string };

/**
 * Occupations: a search (a GET form, so it works without JavaScript; with it, results follow the
 * typing), "Tilføj" and "Fjern" buttons that change the draft on the server, and "Næste".
 */
export function OccupationsStep({ data: loaderData }: { data: StepPageData }) {
  const { q, results, chosen, fromSummary } = loaderData;
  const actionData = useActionData() as OccupationsResult | undefined;
  const { t } = useTranslation("registration");
  const submit = useSubmit();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const onType = (event: ChangeEvent<HTMLInputElement>) => {
    const form = event.currentTarget.form;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (form) submit(form, { replace: true, preventScrollReset: true });
    }, 300);
  };
  const error = actionData?.occupationsError ? t(actionData.occupationsError) : undefined;
  const chosenCodes = new Set(chosen.map((o) => o.code));
  return (
    <>
      <AnswerErrorSummary errors={{ q: actionData?.occupationsError ? [actionData.occupationsError] : undefined }} ns="registration" />
      <h1>{t("steps.stillinger.title")}</h1>
      <Lead>{t("steps.stillinger.lead", { max: maxOccupations })}</Lead>
      <Form method="get" role="search">
        {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
        <TextField
          id="q"
          type="search"
          label={t("steps.stillinger.search")}
          hint={t("steps.stillinger.searchHint")}
          defaultValue={q}
          maxLength={100}
          autoComplete="off"
          onChange={onType}
          error={error}
        />
        <Button variant="secondary">
          {t("steps.stillinger.searchButton")}
        </Button>
      </Form>
      {q ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("steps.stillinger.results")}</h2>
          <p role="status">{results.length > 0 ? t("steps.stillinger.resultCount", { count: results.length, q }) : t("steps.stillinger.noResults", { q })}</p>
          {results.length > 0 ? (
            <Form method="post" preventScrollReset>
              <input type="hidden" name="q" value={q} />
              {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
              <PlainList>
                {results.map((o) => (
                  <ActionItem key={o.code} label={o.title}>
                    {chosenCodes.has(o.code) ? (
                      <strong>{t("steps.stillinger.added")}</strong>
                    ) : (
                      <Button variant="secondary" name="add" value={o.code}>
                        {t("steps.stillinger.add")}
                        <VisuallyHidden> {o.title}</VisuallyHidden>
                      </Button>
                    )}
                  </ActionItem>
                ))}
              </PlainList>
            </Form>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{t("steps.stillinger.chosen", { count: chosen.length })}</h2>
        {chosen.length === 0 ? (
          <p>{t("steps.stillinger.noneChosen")}</p>
        ) : (
          <Form method="post" preventScrollReset>
            <input type="hidden" name="q" value={q} />
            {fromSummary ? <input type="hidden" name="fra" value="tjek" /> : null}
            <PlainList>
              {chosen.map((o) => (
                <ActionItem key={o.code} label={o.title}>
                  <Button variant="tertiary" name="remove" value={o.code}>
                    {t("steps.stillinger.remove")}
                    <VisuallyHidden> {o.title}</VisuallyHidden>
                  </Button>
                </ActionItem>
              ))}
            </PlainList>
          </Form>
        )}
      </section>
      <Form method="post">
        <input type="hidden" name="intent" value="next" />
        <SubmitRow fromSummary={fromSummary} />
      </Form>
    </>
  );
}
