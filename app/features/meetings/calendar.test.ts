import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeText, foldLine, localTime, sequenceOf, toIcs, type CalendarEvent } from "./calendar";

const event: CalendarEvent = {
  uid: "7f1c2a9e-0000-4000-8000-000000000001@jobportalen",
  sequence: 3,
  start: "2026-11-24T09:00:00.000Z",
  end: "2026-11-24T09:45:00.000Z",
  summary: "Jobsamtale",
  description: "Tag dit CV med, og dit pas; vi ses.\nHilsen jobcentret",
  location: "Kultorvet 2, 1175 København K",
  cancelled: false,
  stamp: new Date("2026-11-23T10:00:00Z"),
};

test("text values escape backslash, comma, semicolon and line breaks", () => {
  assert.equal(escapeText("a\\b, c; d\ne\r\nf"), "a\\\\b\\, c\\; d\\ne\\nf");
});

test("lines are folded at 75 octets without splitting a character, continuation lines start with a space", () => {
  const line = `DESCRIPTION:${"ø".repeat(100)}`;
  const folded = foldLine(line);
  const parts = folded.split("\r\n");
  assert.ok(parts.length > 1);
  for (const part of parts) assert.ok(Buffer.byteLength(part) <= 75, `${Buffer.byteLength(part)} octets`);
  for (const part of parts.slice(1)) assert.ok(part.startsWith(" "));
  assert.equal(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join(""), line);
  assert.equal(foldLine("SHORT:line"), "SHORT:line");
});

test("times are Danish wall-clock times, in winter and in summer", () => {
  assert.equal(localTime("2026-11-24T09:00:00.000Z"), "20261124T100000");
  assert.equal(localTime("2026-07-01T09:00:00.000Z"), "20260701T110000");
});

test("the calendar file has the zone, a stable UID, the sequence, escaped text and CRLF lines", () => {
  const ics = toIcs(event);
  assert.ok(ics.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(ics), "every line ends with CRLF");
  for (const line of [
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Copenhagen",
    "UID:7f1c2a9e-0000-4000-8000-000000000001@jobportalen",
    "SEQUENCE:3",
    "DTSTAMP:20261123T100000Z",
    "DTSTART;TZID=Europe/Copenhagen:20261124T100000",
    "DTEND;TZID=Europe/Copenhagen:20261124T104500",
    "DESCRIPTION:Tag dit CV med\\, og dit pas\\; vi ses.\\nHilsen jobcentret",
    "LOCATION:Kultorvet 2\\, 1175 København K",
    "STATUS:CONFIRMED",
  ]) {
    assert.ok(ics.split("\r\n").includes(line), `missing ${line}`);
  }
  assert.ok(toIcs({ ...event, cancelled: true }).includes("\r\nSTATUS:CANCELLED\r\n"));
});

test("the sequence grows with every change of the summons", () => {
  const first = sequenceOf(new Date("2026-11-23T10:00:00Z"));
  assert.ok(sequenceOf(new Date("2026-11-23T10:00:01Z")) > first);
  assert.ok(Number.isSafeInteger(first) && first < 2 ** 31);
});
