/**
 * `npm run bench:data [-- --smoke]`: a store at national scale (150,000 citizens, 2,000,000
 * summonses, 300,000 held conversations, 5,000,000 access-log rows), deterministic, in
 * `.bench-data/<scale>/portal.sqlite`. The store benchmark makes it when it is missing.
 */
import { scaleStore } from "./data/store";
import { smoke } from "./support";

const { file, seconds, sizeMb } = scaleStore(smoke ? "smoke" : "national", { fresh: true, progress: (what) => console.log(`… ${what}`) });
console.log(`${file}: ${sizeMb} MB in ${seconds} s`);
