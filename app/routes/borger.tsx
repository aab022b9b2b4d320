import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import type { AreaHandle } from "~/components/shell/area";
import { areaData } from "~/features/auth/area.server";

export const handle: AreaHandle = { area: "citizen" };

export const loader = ({ request }: LoaderFunctionArgs) => areaData(request, "citizen");

export default function Area() {
  return <Outlet />;
}
