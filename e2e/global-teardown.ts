/**
 * After the whole suite: no personal data in any server log of the run (ASVS 16.2.5). The logs
 * of every test server are searched for the test identities' CPR numbers (with and without the
 * dash), names and the demo e-mail addresses and phone number of the notifications journey.
 */
import { existsSync, readFileSync } from "node:fs";
import { dataDir } from "../playwright.config";
import { identities } from "../stubs/mitid/identities";

export default function checkLogsForPersonalData() {
  const logs = ["main", "short", "limits"].map((name) => `${dataDir}/${name}.log`).filter((file) => existsSync(file));
  if (logs.length === 0) throw new Error("no server logs found to check");
  const needles = identities.flatMap((identity) =>
    identity.kind === "citizen" ? [identity.cpr, `${identity.cpr.slice(0, 6)}-${identity.cpr.slice(6)}`, identity.name] : [identity.name],
  );
  needles.push("anna.jensen@example.dk", "gustav.berg@example.dk", "hanne.dahl@example.dk", "nanna.bech@example.dk", "4520304050");
  const hits: string[] = [];
  for (const file of logs) {
    const text = readFileSync(file, "utf8");
    for (const needle of needles) if (text.includes(needle)) hits.push(`${file}: ${needle.replace(/\d{4}$/, "xxxx")}`);
  }
  if (hits.length > 0) throw new Error(`Personal data found in server logs:\n  ${hits.join("\n  ")}`);
}
