/**
 * Everything but `/v1/*` (see api.ts): the health check and, only when FOUNDATION_TEST_CONTROLS=1,
 * the test controls. See README.md for the exact answers.
 */
import express, { type ErrorRequestHandler, type Response } from "express";
import type * as z from "zod";
import { aggregateTypes, type AggregateType } from "../../app/foundation/contract";
import { faultsSchema, targetedFaultSchema, type FaultControls } from "./faults";
import type { Store } from "./store";

export interface AppOptions {
  store: Store;
  faults: FaultControls;
  testControls: boolean;
  /** Structured log line (ids and types only, never personal data). */
  log: (level: "info" | "error", event: string, fields: Record<string, unknown>) => void;
}

const json = express.json({ limit: "1mb" });

export function createApp({ store, faults, testControls, log }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.disable("etag");

  app.get("/healthz", (_req, res) => {
    store.ping();
    res.json({ status: "ok" });
  });

  if (testControls) {
    app.get("/_test/ledger", (_req, res) => {
      res.json(store.ledger());
    });
    app.get("/_test/faults", (_req, res) => {
      res.json(faults.get());
    });
    /** A control that takes a body of `schema`, applies it and answers it (400 with the issues otherwise). */
    const control =
      <T>(schema: z.ZodType<T>, apply: (value: T) => void) =>
      (req: express.Request, res: Response) => {
        const parsed = schema.safeParse(req.body);
        if (!parsed.success) {
          invalid(res, parsed.error.issues);
          return;
        }
        apply(parsed.data);
        res.json(parsed.data);
      };
    app.post("/_test/faults", json, control(faultsSchema, faults.set));
    app.post("/_test/targeted-faults", json, control(targetedFaultSchema, faults.setTargeted));
    app.post("/_test/reset", (_req, res) => {
      store.reset();
      faults.clear();
      res.json({ reset: true });
    });
    app.get("/_test/aggregates", (req, res) => {
      const type = req.query.type;
      if (type !== undefined && !(typeof type === "string" && (aggregateTypes as readonly string[]).includes(type))) {
        invalid(res, [{ code: "custom", path: ["type"], message: `one of ${aggregateTypes.join(", ")}` }]);
        return;
      }
      res.json({ items: store.aggregates(type as AggregateType | undefined) });
    });
  }

  app.use((_req, res) => {
    res.status(404).json({ error: "not-found" });
  });

  const onError: ErrorRequestHandler = (error: { type?: string; status?: number; name?: string; code?: string }, req, res, _next) => {
    if (error.type === "entity.parse.failed") {
      invalid(res, [{ code: "custom", path: [], message: "the body is not JSON" }]);
      return;
    }
    if (error.type === "entity.too.large") {
      res.status(413).json({ error: "too-large" });
      return;
    }
    if (typeof error.status === "number" && error.status >= 400 && error.status < 500) {
      res.status(error.status).json({ error: "bad-request" });
      return;
    }
    log("error", "foundation.error", { method: req.method, path: req.path, name: error.name, code: error.code });
    if (!res.headersSent) res.status(500).json({ error: "internal" });
  };
  app.use(onError);

  return app;
}

function invalid(res: Response, issues: readonly unknown[]): void {
  res.status(400).json({ error: "invalid", issues });
}
