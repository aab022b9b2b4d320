// dkfds exports only its JS bundle; the stylesheets, fonts and icons are served from public/.
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = dirname(dirname(new URL(import.meta.url).pathname));
let dist;
try {
  dist = join(dirname(require.resolve("dkfds/package.json")), "dist");
} catch {
  dist = join(root, "node_modules", "dkfds", "dist");
}
if (!existsSync(dist)) {
  console.warn("dkfds not installed yet; skipping asset copy");
  process.exit(0);
}
const target = join(root, "public", "dkfds");
mkdirSync(target, { recursive: true });
for (const dir of ["css", "fonts", "img", "js"]) {
  if (existsSync(join(dist, dir))) cpSync(join(dist, dir), join(target, dir), { recursive: true });
}
