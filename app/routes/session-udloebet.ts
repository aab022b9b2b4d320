import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSessionAtTimeout } from "~/features/auth/session.server";
import { localPath } from "~/utils/local-path";

/**
 * Where the expiry warning sends the page's form when its countdown ends: the session ends, what
 * was typed is kept for the person, and the logged-out page offers to log in again to the same page.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const from = form.get("__page");
  const path = typeof from === "string" ? localPath(from)?.split("?")[0] ?? null : null;
  const { clearCookie, kept } = await endSessionAtTimeout(request, form, path);
  const query = new URLSearchParams({ aarsag: "udloebet", ...(path ? { til: path } : {}), ...(kept ? { gemt: "1" } : {}) });
  return redirect(`/logget-ud?${query}`, { headers: { "Set-Cookie": clearCookie } });
}

export const loader = () => redirect("/");
