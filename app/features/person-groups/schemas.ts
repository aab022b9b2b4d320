import * as z from "zod";

/** Registering a person's contact group: one of the code list's groups (the codes come from the server). */
export function contactGroupSchema(codes: string[]) {
  return z.object({
    contactGroup: z.string({ error: "personGroups.errors.contactGroup" }).refine((v) => codes.includes(v), { error: "personGroups.errors.contactGroup" }),
  });
}
