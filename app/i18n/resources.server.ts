import daCommon from "../../public/locales/da/common.json";
import enCommon from "../../public/locales/en/common.json";
import type { Language } from "./config";

/** The locale files, bundled into the server build so no request reads the disk. */
export const resources = {
  da: { common: daCommon },
  en: { common: enCommon },
} satisfies Record<Language, Record<string, unknown>>;

export type Resources = (typeof resources)["da"];
