type Match = { id: string; handle?: unknown };

export type AreaHandle = { area: "citizen" | "employer" | "staff" };

const areas = {
  public: { key: "public", href: "/", theme: "borgerdk", routeId: undefined },
  citizen: { key: "citizen", href: "/borger", theme: "borgerdk", routeId: "routes/borger" },
  employer: { key: "employer", href: "/arbejdsgiver", theme: "virkdk", routeId: "routes/arbejdsgiver" },
  staff: { key: "staff", href: "/medarbejder", theme: "virkdk", routeId: "routes/medarbejder" },
} as const;

export type Area = (typeof areas)[keyof typeof areas];

/** The area a page belongs to, from the `handle` of its audience layout: its title, theme, home. */
export function areaOf(matches: Match[]): Area {
  for (const match of [...matches].reverse()) {
    const handle = match.handle as Partial<AreaHandle> | undefined;
    if (handle?.area) return areas[handle.area];
  }
  return areas.public;
}
