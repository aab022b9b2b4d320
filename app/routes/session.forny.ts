import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { renewSession } from "~/features/auth/session.server";

/** The "stay logged in" answer to the session-expiry warning. */
export async function action({ request }: ActionFunctionArgs) {
  return data({ renewed: await renewSession(request) });
}
