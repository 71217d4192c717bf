/** One thing wrong with a policy file, located so an editor can go straight to it. */
export interface PolicyContentProblem {
  file: string;
  line: number;
  message: string;
}

/** Thrown when policy content cannot be published; its message lists every problem found. */
export class PolicyContentError extends Error {
  readonly problems: PolicyContentProblem[];

  constructor(problems: PolicyContentProblem[]) {
    super(
      `The privacy policy content has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join("\n"),
    );
    this.name = "PolicyContentError";
    this.problems = problems;
  }
}
