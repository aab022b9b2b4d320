import da from "../../public/locales/da/shell.json";
import en from "../../public/locales/en/shell.json";
import type { Language } from "./config";

/**
 * The texts of the page frame and the error pages travel with the client bundle: they must show
 * even when no loader could run.
 */
export const shellTexts: Record<Language, typeof da> = { da, en };
