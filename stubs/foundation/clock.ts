/**
 * The stub's clock. The real foundation decides by its own clock (a rebooking after its deadline
 * is refused); a test that fixes its `now` must hand the same clock to the stub's process, or the
 * stub and the test disagree about what is past. `FOUNDATION_CLOCK_START` (an ISO instant, only
 * with the test controls on) starts the clock there; it then runs at the wall clock's pace.
 */
export type Clock = () => number;

export function clockFromEnv(env: NodeJS.ProcessEnv, testControls: boolean): Clock {
  const start = env.FOUNDATION_CLOCK_START;
  if (!start) return Date.now;
  const at = Date.parse(start);
  if (!testControls) throw new Error("FOUNDATION_CLOCK_START needs FOUNDATION_TEST_CONTROLS=1");
  if (Number.isNaN(at)) throw new Error("FOUNDATION_CLOCK_START must be an ISO date and time");
  const offset = at - Date.now();
  return () => Date.now() + offset;
}
