import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLanguage } from "~/i18n/config";
import { textsFiles } from "~/i18n/texts.server";

/** A language's page texts as one JSON file: public, and immutable under its fingerprint. */
export function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLanguage(params.lng)) throw new Response("Not Found", { status: 404 });
  const file = textsFiles[params.lng];
  const current = new URL(request.url).searchParams.get("v") === file.version;
  return new Response(file.body, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache" },
  });
}
