// Prints the closing line CI reads: "N passed, N failed" alone on a line.
export default class SummaryReporter {
  constructor() { this.passed = 0; this.failed = 0; }
  onTestEnd(test, result) {
    if (result.status === 'passed') this.passed += 1;
    else if (result.status !== 'skipped') this.failed += 1;
  }
  onEnd() { console.log(`${this.passed} passed, ${this.failed} failed`); }
  printsToStdio() { return true; }
}
