import { test } from "node:test";
import assert from "node:assert/strict";

import { codeLists, type CodeListEntry, type CodeListName } from "./codelists";
import { occupations } from "./occupations";

const listNames = Object.keys(codeLists) as CodeListName[];

function entry(list: CodeListName, code: string): CodeListEntry {
  const found = codeLists[list].find((e) => e.code === code);
  assert.ok(found, `${list} has code ${code}`);
  return found;
}

test("all 17 code lists are present", () => {
  assert.equal(listNames.length, 17);
});

test("§ 28 nr. 9: the contact groups that register a visitation group are 2, 3 and 12; KG1 is the dagpenge group", () => {
  assert.deepEqual(codeLists.contactGroup.filter((g) => g.attributes?.visitation === true).map((g) => g.code), ["2", "3", "12"]);
  assert.equal(String(entry("benefitCategory", "dagpenge").attributes?.contactGroup), entry("contactGroup", "1").code);
});

test("every code list is non-empty", () => {
  for (const name of listNames) {
    assert.ok(codeLists[name].length > 0, `${name} is empty`);
  }
});

test("codes are unique within each list", () => {
  for (const name of listNames) {
    const codes = codeLists[name].map((e) => e.code);
    assert.equal(new Set(codes).size, codes.length, `duplicate code in ${name}`);
  }
});

test("no empty labels in either language", () => {
  for (const name of listNames) {
    for (const e of codeLists[name]) {
      assert.ok(e.code.trim().length > 0, `${name}: empty code`);
      assert.ok(e.labelDa.trim().length > 0, `${name}/${e.code}: empty labelDa`);
      assert.ok(e.labelEn.trim().length > 0, `${name}/${e.code}: empty labelEn`);
    }
  }
});

test("codes are confirmed numeric ids or interim kebab-case ascii ids", () => {
  for (const name of listNames) {
    for (const e of codeLists[name]) {
      if (e.interim) {
        assert.match(e.code, /^[a-z0-9]+(-[a-z0-9]+)*$/, `${name}/${e.code}: interim id not kebab-case`);
      } else {
        assert.match(e.code, /^\d+$/, `${name}/${e.code}: non-interim id must be numeric`);
      }
    }
  }
});

test("validity dates, when given, are ISO dates", () => {
  for (const name of listNames) {
    for (const e of codeLists[name]) {
      for (const d of [e.validFrom, e.validTo]) {
        if (d !== undefined) assert.match(d, /^\d{4}-\d{2}-\d{2}$/, `${name}/${e.code}: bad date ${d}`);
      }
    }
  }
});

test("meetingType includes the confirmed ids", () => {
  const codes = codeLists.meetingType.map((e) => e.code);
  for (const id of ["4", "7", "8", "9", "10", "11", "12", "13", "15", "17", "19"]) {
    assert.ok(codes.includes(id), `meetingType ${id} missing`);
    assert.notEqual(entry("meetingType", id).interim, true);
  }
  assert.equal(entry("meetingType", "4").attributes?.selfBookingDeadlines, true);
  assert.equal(entry("meetingType", "7").attributes?.selfBookingDeadlines, true);
  assert.equal(entry("meetingType", "17").attributes?.jointWithUnemploymentFund, true);
  assert.equal(entry("meetingType", "19").attributes?.jointWithUnemploymentFund, true);
  assert.equal(entry("meetingType", "13").attributes?.compulsory, false);
  assert.equal(entry("meetingType", "integrationssamtale").interim, true);
  assert.equal(entry("meetingType", "fleksjobopfoelgningssamtale").interim, true);
});

test("meeting form 6 (møde direkte på arbejde) is only for meeting type 8", () => {
  const form = entry("meetingForm", "6");
  assert.equal(form.labelDa, "Møde direkte på arbejde");
  assert.equal(form.attributes?.onlyWithMeetingType, "8");
  assert.equal(form.attributes?.needsAddress, true);
  assert.equal(entry("meetingForm", "personligt-fremmoede").attributes?.needsAddress, true);
  assert.equal(entry("meetingForm", "telefonisk").attributes?.phone, true);
});

test("absence types include ferie (10) and sygdom (11) with their attributes", () => {
  const ferie = entry("absenceType", "10");
  assert.equal(ferie.labelDa, "Ferie");
  assert.equal(ferie.attributes?.citizenMayReport, true);
  assert.equal(ferie.attributes?.noticeDays, 14);

  const sygdom = entry("absenceType", "11");
  assert.equal(sygdom.labelDa, "Sygdom");
  assert.equal(sygdom.attributes?.citizenMayReport, true);
  assert.equal(sygdom.attributes?.cannotBackdate, true);
  assert.equal(sygdom.attributes?.endsRegistration, true);

  for (const code of ["1", "2", "3", "4", "8", "9"]) {
    assert.equal(entry("absenceType", code).attributes?.citizenMayReport, true, `absence ${code}`);
  }
  for (const code of ["6", "7"]) {
    assert.notEqual(entry("absenceType", code).attributes?.citizenMayReport, true, `absence ${code}`);
  }
});

test("system deregistration reasons are flagged", () => {
  const system = codeLists.deregistrationReason
    .filter((e) => e.attributes?.system === true)
    .map((e) => e.code)
    .sort();
  assert.deepEqual(system, ["afmeldt-af-a-kassen", "manglende-selvbooking", "sygemelding"]);
});

test("only 'under behandling' is an open job-order status; deadline expiry is automatic", () => {
  const open = codeLists.jobOrderStatus.filter((e) => e.attributes?.open === true).map((e) => e.code);
  assert.deepEqual(open, ["under-behandling"]);
  const expired = entry("jobOrderStatus", "afsluttet-frist-udloebet");
  assert.equal(expired.attributes?.automatic, true);
  assert.equal(expired.attributes?.open, false);
});

test("dagpenge maps to contact group 1", () => {
  assert.equal(entry("benefitCategory", "dagpenge").attributes?.contactGroup, 1);
});

test("a-kasser list covers the funds named in the research", () => {
  // domain-research.md 1.11: the 19 listed with CVR numbers, and NNF, Din Faglige A-kasse and Frie
  // ("Virksom A-kasse" is unconfirmed there, so not required).
  const named: ReadonlyArray<readonly [code: string, name: string]> = [
    ["akademikernes-a-kasse", "Akademikernes A-kasse"],
    ["3f-a-kasse", "3F A-kasse"],
    ["hk-danmark-a-kasse", "HK/Danmark A-kasse"],
    ["krifa", "Krifa"],
    ["foa-a-kasse", "FOA A-kasse"],
    ["ase", "Ase"],
    ["ftf-a", "FTF-A"],
    ["det-faglige-hus-a-kasse", "Det Faglige Hus A-kasse"],
    ["lederne-a-kassen", "Lederne A-kassen"],
    ["dsa", "DSA – Din Sundhedsfaglige A-kasse"],
    ["min-a-kasse", "Min A-kasse"],
    ["laerernes-a-kasse", "Lærernes A-kasse"],
    ["dansk-metal-a-kasse", "Dansk Metal A-kasse"],
    ["ma", "MA"],
    ["ca-a-kasse", "CA a-kasse"],
    ["bupl-a-kasse", "BUPL A-kasse"],
    ["socialpaedagogernes-a-kasse", "Socialpædagogernes A-kasse"],
    ["teknikernes-a-kasse", "Teknikernes A-kasse"],
    ["journalistik-kommunikation-og-sprog-a-kasse", "Journalistik, Kommunikation & Sprog A-kasse"],
    ["foedevareforbundet-nnf-a-kasse", "Fødevareforbundet NNF's a-kasse"],
    ["din-faglige-a-kasse", "Din Faglige A-kasse"],
    ["frie", "Frie"],
  ];
  for (const [code, name] of named) assert.equal(entry("unemploymentFund", code).labelDa, name, `unemploymentFund ${code}`);
  assert.ok(codeLists.unemploymentFund.length >= 20);
  const names = codeLists.unemploymentFund.map((e) => e.labelDa);
  assert.equal(new Set(names).size, names.length);
  for (const e of codeLists.unemploymentFund) assert.equal(e.interim, true);
});

test("occupations: 300–400 entries with unique codes and unique Danish titles", () => {
  assert.ok(occupations.length >= 300 && occupations.length <= 400, `count ${occupations.length}`);
  const codes = occupations.map((o) => o.code);
  assert.equal(new Set(codes).size, codes.length, "duplicate occupation code");
  const titles = occupations.map((o) => o.titleDa.toLocaleLowerCase("da"));
  assert.equal(new Set(titles).size, titles.length, "duplicate Danish title");
});

test("occupations: DISCO-08 coding is well-formed", () => {
  for (const o of occupations) {
    assert.match(o.discoGroup, /^\d{4}$/, `${o.titleDa}: bad discoGroup`);
    assert.match(o.code, /^\d{6}$/, `${o.titleDa}: bad code`);
    assert.ok(o.code.startsWith(o.discoGroup), `${o.code} does not start with ${o.discoGroup}`);
    assert.ok(o.titleDa.trim().length > 0 && o.titleEn.trim().length > 0, `${o.code}: empty title`);
  }
});

test("occupations cover all major groups 1–9", () => {
  const majors = new Set(occupations.map((o) => o.discoGroup.charAt(0)));
  for (const m of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) {
    assert.ok(majors.has(m), `major group ${m} missing`);
  }
});
