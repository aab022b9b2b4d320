import type { RegistrationAnswers } from "./period.server";

/** Test support: a complete set of registration answers, for tests that need a registered citizen. */
export function registrationAnswers(overrides: Partial<RegistrationAnswers> = {}): RegistrationAnswers {
  return {
    benefitCategory: "dagpenge",
    unemploymentDegree: "fuldt-ledig",
    unemployedFrom: "2026-11-01",
    unemploymentFund: null,
    occupations: ["2512"],
    phone: null,
    email: null,
    consents: { fetch: true, share: true },
    ...overrides,
  };
}
