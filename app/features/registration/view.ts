// The shape the server builds (registration.server.ts) and the component renders (RegistrationDetails.tsx):
// beside both, so the server depends on no component.

/** A submitted registration as the receipt and the "already registered" page show it (no change links). */
export type RegistrationView = {
  /** The receipt's reference number (receiptReference of the registration's id) */
  reference: string;
  person: { name: string; cprMasked: string };
  registeredOn: string;
  registeredAt: string;
  benefitCategory: string;
  unemploymentFund: string | null;
  unemploymentDegree: string;
  unemployedFrom: string;
  occupations: { code: string; title: string }[];
  phone: string | null;
  email: string | null;
  consents: { fetch: { given: boolean; on: string }; share: { given: boolean; on: string } } | null;
  awaitsReporting: boolean;
};
