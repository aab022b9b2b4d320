import type { MetaFunction } from "@remix-run/node";
import { pageMeta } from "~/i18n/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, "shell:errors.notFound.heading", { error: true });

export function loader() {
  throw new Response("Not Found", { status: 404 });
}

export default function NotFound() {
  return null;
}
