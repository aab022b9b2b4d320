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
