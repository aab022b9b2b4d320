import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";
import { mkdirSync } from "node:fs";
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
