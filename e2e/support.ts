import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { formatDate } from "../app/utils/dates";
import { ports } from "../playwright.config";

/** The MitID test provider's identity picker. */
export const atProvider = new RegExp(`127\\.0\\.0\\.1:${ports.mitid}/interaction/`);

/** Logs in through the MitID test provider by picking a seeded identity, starting from `path`. */
export async function loginAs(page: Page, name: string, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(atProvider);
  await page.getByRole("button", { name: `Log ind som ${name}` }).click();
  await page.waitForURL((url) => url.port !== String(ports.mitid));
}

/** WCAG 2.1 A and AA through axe: the page must have no violations. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Saves a full-page screenshot where a person can look at it: test-results/screenshots/. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string) {
  mkdirSync("test-results/screenshots", { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

export const phone = { width: 360, height: 740 };

/** Today and other days in Denmark, as the portal counts them (YYYY-MM-DD). */
export const day = (offset = 0) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen" }).format(new Date(Date.now() + offset * 86_400_000));

/** A day as the portal writes it where a person reads it ("1. december 2026", "1 December 2026"). */
export const shownDay = (offset = 0, lng: "da" | "en" = "da") => formatDate(day(offset), lng);

/** A date written the ISO way (2026-12-01), which no page shows a person. */
export const isoDate = /\b\d{4}-\d{2}-\d{2}\b/;

/** What the foundation stub holds about a citizen, found by CPR (null when it has nothing). */
export async function citizenAtFoundation<T = Record<string, unknown>>(page: Page, cpr: string): Promise<T | null> {
  const response = await page.request.get(`http://127.0.0.1:${ports.foundation}/_test/aggregates?type=citizen`);
  const { items } = (await response.json()) as { items: { data: { cpr?: string } }[] };
  return (items.find((item) => item.data.cpr === cpr)?.data as T | undefined) ?? null;
}

export const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

/** Presses Tab until `target` has focus (as a keyboard user would reach it), failing after `max` presses. */
export async function tabTo(page: Page, target: import("@playwright/test").Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

/** The page is no wider than a phone: nothing scrolls sideways at 360 and at 320 px. */
export async function expectFitsPhones(page: Page, label: string) {
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    const sizes = await page.evaluate(() => {
      const wide = [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 3)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ").join(".")}` : ""}`);
      return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, wide };
    });
    expect(sizes.scroll, `${label} is wider than ${width} px (${sizes.wide.join(", ")})`).toBeLessThanOrEqual(sizes.client);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Every phone number in the page's text is a `tel:` link (a phone calls it with one tap); text being edited in a field is no link. */
export async function expectPhonesAsLinks(page: Page, label: string) {
  const loose = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (/(\+45 ?)?\b\d{2} \d{2} \d{2} \d{2}\b/.test(node.textContent ?? "") && !node.parentElement?.closest('a[href^="tel:"], script, style, textarea, .form-hint, .form-error-message, label')) {
        found.push(node.textContent!.trim());
      }
    }
    return found;
  });
  expect(loose, `phone numbers that are not links on ${label}`).toEqual([]);
}
