import type { ShouldRevalidateFunction } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { VisuallyHidden } from "~/components/dkfds/Text";

export type SlotChoice = { id: string; time: string; location: string; caseworkerName: string };
export type SlotDay = { day: string; slots: SlotChoice[] };

/**
 * Free slot offers as radio buttons grouped by day: one fieldset for the choice, a fieldset per day
 * inside it, every button with the same name, so the form works without JavaScript. The error
 * summary links to the first button (id = name).
 */
export function SlotPicker({ name, legend, days, error }: { name: string; legend: string; days: SlotDay[]; error?: string }) {
  const { t } = useTranslation("shell");
  const errorId = `${name}-error`;
  const firstId = days[0]?.slots[0]?.id;
  return (
    <div className={error ? "form-group form-error" : "form-group"}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        {error ? (
          <span className="form-error-message" id={errorId}>
            <VisuallyHidden>{t("form.errorPrefix")} </VisuallyHidden>
            {error}
          </span>
        ) : null}
        {days.map((group) => (
          <fieldset key={group.day} className="mt-5">
            <legend className="h4">{group.day}</legend>
            <ul className="nobullet-list" role="presentation">
              {group.slots.map((slot) => {
                const id = slot.id === firstId ? name : `${name}-${slot.id}`;
                return (
                  <li key={slot.id}>
                    <input type="radio" className="form-radio" id={id} name={name} value={slot.id} />
                    <label htmlFor={id}>
                      {slot.time}
                      <span className="form-hint d-block">
                        {slot.location} · {slot.caseworkerName}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
      </fieldset>
    </div>
  );
}

/**
 * A booking page's `shouldRevalidate`: after "someone else took that time" (409) the free times are
 * read again with JavaScript too (Remix skips revalidation after a 4xx answer by default).
 */
export const revalidateWhenSlotTaken: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) => actionStatus === 409 || defaultShouldRevalidate;
