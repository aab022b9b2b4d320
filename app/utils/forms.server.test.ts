import assert from "node:assert/strict";
import { test } from "node:test";
import * as z from "zod";
import { parseSubmission } from "./forms.server";

const schema = z.object({ rows: z.array(z.object({ name: z.string() })).optional() });

test("a forged intent or a list index no form has answers 400; a real intent and a plain submit parse", () => {
  const forged = new FormData();
  forged.set("__intent__", "garbage{");
  assert.throws(
    () => parseSubmission(forged, { schema }),
    (thrown: unknown) => thrown instanceof Response && thrown.status === 400,
  );
  for (const value of ["229735374450", "null", '"validate"', "{}"]) {
    const notAnIntent = new FormData();
    notAnIntent.set("__intent__", value);
    assert.throws(
      () => parseSubmission(notAnIntent, { schema }),
      (thrown: unknown) => thrown instanceof Response && thrown.status === 400,
      value,
    );
  }
  const huge = new FormData();
  huge.set("rows[99999999].name", "x");
  assert.throws(
    () => parseSubmission(huge, { schema }),
    (thrown: unknown) => thrown instanceof Response && thrown.status === 400,
  );
  const insert = new FormData();
  insert.set("__intent__", JSON.stringify({ type: "insert", payload: { name: "rows" } }));
  assert.equal(parseSubmission(insert, { schema }).status, undefined);
  const plain = new FormData();
  plain.set("rows[0].name", "Gitte");
  assert.deepEqual(parseSubmission(plain, { schema }).status, "success");
});

test("an intent naming a field through __proto__, constructor or prototype answers 400, not conform's 500", () => {
  const intents = [
    '{"type":"insert","payload":{"name":"__proto__"}}',
    '{"type":"remove","payload":{"name":"rows[0].__proto__","index":0}}',
    '{"type":"reorder","payload":{"name":"constructor","from":0,"to":1}}',
    '{"type":"reset","payload":{"name":"rows.prototype"}}',
    '{"type":"update","payload":{"name":"rows","value":{"__proto__":{"polluted":true}}}}',
  ];
  for (const intent of intents) {
    const form = new FormData();
    form.set("__intent__", intent);
    assert.throws(
      () => parseSubmission(form, { schema }),
      (thrown: unknown) => thrown instanceof Response && thrown.status === 400,
      intent,
    );
  }
  assert.equal(({} as { polluted?: boolean }).polluted, undefined);
  // A real intent on a real list still parses.
  const ordinary = new FormData();
  ordinary.set("__intent__", '{"type":"insert","payload":{"name":"rows"}}');
  assert.equal(parseSubmission(ordinary, { schema }).status, undefined);
});

test("a control character in any field answers 400 and nothing is parsed; tabs and line breaks are left to the schema", () => {
  const text = z.object({ comment: z.string() });
  for (const value of ["a\u0000b", "esc\u001b[31m", "bell\u0007", "del\u007f", "c1\u0085"]) {
    const form = new FormData();
    form.set("comment", value);
    assert.throws(
      () => parseSubmission(form, { schema: text }),
      (thrown: unknown) => thrown instanceof Response && thrown.status === 400,
      JSON.stringify(value),
    );
  }
  const named = new FormData();
  named.set("comm\u0000ent", "x");
  assert.throws(() => parseSubmission(named, { schema: text }), (thrown: unknown) => thrown instanceof Response && thrown.status === 400);
  const multiline = new FormData();
  multiline.set("comment", "Første linje\r\nAnden linje\tmed tab, æøå");
  const parsed = parseSubmission(multiline, { schema: text });
  assert.equal(parsed.status, "success");
  assert.deepEqual(parsed.status === "success" ? parsed.value : null, { comment: "Første linje\r\nAnden linje\tmed tab, æøå" });
});
