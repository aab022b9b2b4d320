import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { startLogin } from "~/features/auth/login.server";

/** Sends the browser to the identity provider; `til` is where to return, `som` the audience. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { location, cookie } = await startLogin(request);
  return redirect(location, cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
}
