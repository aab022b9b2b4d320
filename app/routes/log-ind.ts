import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { startLogin } from "~/features/auth/login.server";

/** Sends the browser to the identity provider; `til` is where to return, `som` the audience. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { location, cookie } = await startLogin(url.searchParams.get("til"), url.searchParams.get("som"));
  return redirect(location, { headers: { "Set-Cookie": cookie } });
}
