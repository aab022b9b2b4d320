import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { logout } from "~/features/auth/login.server";

/** Ends the session here and at the provider; the browser forgets what it held of the portal. */
export async function action({ request }: ActionFunctionArgs) {
  const { location, clearCookie } = await logout(request);
  return redirect(location, {
    headers: { "Set-Cookie": clearCookie, "Clear-Site-Data": '"cache", "cookies", "storage"' },
  });
}

export const loader = () => redirect("/");
