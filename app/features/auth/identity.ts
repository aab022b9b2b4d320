import * as z from "zod";
import type { Audience } from "./audience";

/** Claim names as NemLog-in (OIOSAML 3 / OIDC) spells them. */
export const claimNames = {
  cpr: "https://data.gov.dk/model/core/eid/cprNumber",
  fullName: "https://data.gov.dk/model/core/eid/fullName",
  loa: "https://data.gov.dk/concept/core/nsis/loa",
  cvr: "https://data.gov.dk/model/core/eid/professional/cvr",
  rid: "https://data.gov.dk/model/core/eid/professional/rid",
  orgName: "https://data.gov.dk/model/core/eid/professional/orgName",
} as const;

const levels = ["Low", "Substantial", "High"] as const;
type Level = (typeof levels)[number];
/** NSIS "substantial" is the floor for this portal. */
export const requiredLevel: Level = "Substantial";

const claimsSchema = z.object({
  sub: z.string().min(1),
  [claimNames.loa]: z.enum(levels),
  [claimNames.fullName]: z.string().min(1).max(200),
  [claimNames.cpr]: z.string().regex(/^\d{10}$/).optional(),
  [claimNames.cvr]: z.string().regex(/^\d{8}$/).optional(),
  [claimNames.rid]: z.string().min(1).max(64).optional(),
  [claimNames.orgName]: z.string().min(1).max(200).optional(),
});

export type Identity =
  | { kind: "citizen"; cpr: string; name: string }
  | { kind: "business"; cvr: string; rid: string; name: string; organisation: string };

export type IdentityRefusal = "assurance-too-low" | "wrong-identity-kind" | "invalid-claims";

/** Reads the ID token's claims into the identity the audience needs, or says why it refuses. */
export function identityFromClaims(
  claims: Record<string, unknown>,
  audience: Audience,
): { ok: true; identity: Identity } | { ok: false; reason: IdentityRefusal } {
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) return { ok: false, reason: "invalid-claims" };
  const c = parsed.data;
  if (levels.indexOf(c[claimNames.loa]) < levels.indexOf(requiredLevel)) {
    return { ok: false, reason: "assurance-too-low" };
  }
  const name = c[claimNames.fullName];
  if (audience === "citizen") {
    const cpr = c[claimNames.cpr];
    return cpr ? { ok: true, identity: { kind: "citizen", cpr, name } } : { ok: false, reason: "wrong-identity-kind" };
  }
  const cvr = c[claimNames.cvr];
  const rid = c[claimNames.rid];
  if (!cvr || !rid) return { ok: false, reason: "wrong-identity-kind" };
  return { ok: true, identity: { kind: "business", cvr, rid, name, organisation: c[claimNames.orgName] ?? cvr } };
}
