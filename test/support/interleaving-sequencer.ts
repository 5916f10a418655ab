import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Files that start Accord as a process, generate data or seed the whole demo: the longest of
 * the run. On a fresh checkout Vitest knows no durations and orders by file size, which left
 * the generator's test to start last and run alone; these start first instead.
 */
const LONG_RUNNING = ["test/generate/", "test/durability/", "test/demo/", "test/cli/"];

const isJourney = (file: TestSpecification) => file.project.name === "e2e";
const isUnit = (file: TestSpecification) => file.project.name === "unit";
const isLongRunning = (file: TestSpecification) =>
  LONG_RUNNING.some((folder) => file.moduleId.includes(`/${folder}`));

/**
 * The order files start in, so that two cores stay busy to the end.
 *
 * Long-running files go first, the many short unit files last. The browser journeys are spread
 * evenly through the database tests instead of being left for the end: a journey spends most
 * of its time in Chromium and waiting on pages, so one beside the database tests fills the
 * cores, while run one after another at the end (what Vitest does with a project limited to one
 * file at a time) they left a core idle for minutes. Spacing them keeps about one journey
 * running at a time, without making that a rule any journey relies on.
 */
export class InterleavingSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const journeys = sorted.filter(isJourney);
    const units = sorted.filter(isUnit);
    const others = [
      ...sorted.filter((file) => !isJourney(file) && !isUnit(file) && isLongRunning(file)),
      ...sorted.filter((file) => !isJourney(file) && !isUnit(file) && !isLongRunning(file)),
    ];
    const spaced: TestSpecification[] = [];
    let nextJourney = 0;
    others.forEach((file, index) => {
      while (
        nextJourney < journeys.length &&
        Math.floor((nextJourney * others.length) / journeys.length) <= index
      ) {
        spaced.push(journeys[nextJourney++]!);
      }
      spaced.push(file);
    });
    return [...spaced, ...journeys.slice(nextJourney), ...units];
  }
}
