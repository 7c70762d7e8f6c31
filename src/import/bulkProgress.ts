/** How often a progress line is logged at most, besides each stage's start and end. */
const EVERY_MS = 5000;

const STAGE = /^\((\d+)\/(\d+)\) (.+?) \d{4}-\d{2}-\d{2}/;
const PERCENT = /\s(\d{1,3})% ∆/;
const DONE = /^(IMPORT DONE.*|.+ COMPLETED in .+)$/;

/**
 * Given a log, returns a consumer of the importer's stdout that logs, per stage ("(2/4)
 * Relationship import"), the percentage done and an estimate of the stage's time left (elapsed
 * time scaled by the share still to do), and the completion lines; the dotted lines are dropped.
 */
export function progressReporter(log: (m: string) => void, now: () => number = Date.now): (line: string) => void {
  let stage = '';
  let stageStart = 0;
  let lastLog = 0;
  return (line) => {
    const s = STAGE.exec(line);
    if (s) {
      stage = `stage ${s[1]}/${s[2]} ${s[3]}`;
      stageStart = now();
      lastLog = stageStart;
      log(`bulk import: ${stage}`);
      return;
    }
    const p = PERCENT.exec(line);
    if (p) {
      const percent = Number(p[1]);
      const t = now();
      if (percent <= 0 || percent >= 100 || t - lastLog < EVERY_MS) return;
      lastLog = t;
      const left = Math.round(((t - stageStart) * (100 - percent)) / percent / 1000);
      log(`bulk import: ${stage} ${percent}%, about ${left} s left in this stage`);
      return;
    }
    const d = DONE.exec(line.trim());
    if (d) log(`bulk import: ${d[1]}`);
  };
}
