/**
 * Deregistration rules as pure functions (seed 002 § 8 stk. 2; DOMAIN.md code lists). Errors are
 * locale keys of the "absence" namespace.
 */
export type ReasonRules = { system: boolean };

export type DeregistrationErrors = Partial<Record<"reason" | "deregisteredOn" | "form", string[]>>;

/**
 * `reason` is null when the code is not in the list. System reasons (sygemelding, manglende
 * selvbooking, afmeldt af a-kassen) are set by the system and never picked by a citizen; the date
 * is today or later (a deregistration is not backdated).
 */
export function checkDeregistration(input: {
  reason: ReasonRules | null;
  deregisteredOn: string;
  today: string;
  registered: boolean;
}): { ok: true } | { ok: false; errors: DeregistrationErrors } {
  if (!input.registered) return { ok: false, errors: { form: ["deregistration.errors.notRegistered"] } };
  const errors: DeregistrationErrors = {};
  if (!input.reason || input.reason.system) errors.reason = ["deregistration.errors.reason"];
  if (input.deregisteredOn < input.today) errors.deregisteredOn = ["deregistration.errors.past"];
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true };
}

export function reasonRules(attributes: Record<string, string | number | boolean> | null | undefined): ReasonRules {
  return { system: attributes?.system === true };
}
