"""Print per-rule precision and recall of notelint on the labelled corpus in examples/.

Usage: python benchmarks/score_examples.py [EXAMPLES_DIR] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from notelint import lint_paths
from notelint.examples import load, score
from notelint.registry import registry


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    root = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "examples"
    examples = load(root)
    reports = lint_paths([str(e.path) for e in examples])
    pairs = []
    for example, report in zip(examples, reports, strict=True):
        if report.error:
            print(f"{example.path.relative_to(root)}: ERROR {report.error}")
        actual = frozenset(f.rule for f in report.findings)
        pairs.append((example.expect, actual))
        if verbose and actual != example.expect:
            missing = ", ".join(sorted(example.expect - actual)) or "-"
            extra = ", ".join(sorted(actual - example.expect)) or "-"
            print(f"{example.path.relative_to(root)}: missing {missing}; extra {extra}")
    scores = score(pairs, sorted(registry()))
    print(f"\n{len(examples)} notes, {sum(1 for e, a in pairs if e == a)} exactly right")
    print(f"{'rule':28} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>10} {'recall':>8}")
    for rule, s in scores.items():
        print(f"{rule:28} {s.tp:4} {s.fp:4} {s.fn:4} {s.precision:10.2f} {s.recall:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
