"""Time notelint: one call over a generated corpus, cold start on one note, and proselint.

Usage: python benchmarks/bench.py [--notes 500] [--repeat 3] [--proselint PATH]
       python benchmarks/bench.py --scale 1000,10000 [--jobs N]

Standard library only; notelint and proselint run as subprocesses. Prints a table and
a one-line JSON summary; it never asserts. Peak RSS comes from os.wait4, which reports
the rusage of that one child (a RUSAGE_CHILDREN "delta" of ru_maxrss is meaningless:
it is a maximum over every child reaped so far, not a sum).

``--scale`` runs one ``notelint --format json`` call per corpus size (the CI-style
batch check, worker processes included) and reports notes per second (median of
``--repeat`` unsampled runs) and, from one more run, memory: the parent's peak
RSS, and the peak of the whole process tree's proportional set size (PSS: pages
shared by forked workers are counted once, split between them), sampled from
/proc every 10 ms on Linux.

Every run is cold (``--no-cache``: each note is parsed and checked) unless it
says otherwise. ``--scale`` also times, in a fresh temporary cache folder, the
run that fills the cache and then ``--repeat`` warm runs over the same unchanged
notes (every note a cache hit: the CI case of a folder where nothing changed).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = "Priya Sam Dana Marcus Elena Tomás Aisha Wei Jordan Fatima Noah Kenji Ravi Zoë".split()
LAST = "Okafor Nguyen Duarte Schmidt Patel Kowalski Haddad Lindqvist Moreau Tanaka Alvarez".split()
COMPANIES = [
    "Northwind",
    "Acme Health",
    "Bluebird Logistics",
    "Cedar Credit Union",
    "Harbor Labs",
    "Lumen Schools",
    "Redwood Analytics",
    "Summit Hotels",
    "Verde Energy",
]
ROLES = [
    "data analyst",
    "nurse manager",
    "site reliability engineer",
    "account executive",
    "product designer",
    "staff accountant",
    "operations lead",
    "paralegal",
    "chemistry teacher",
    "HVAC technician",
    "support team lead",
    "marketing manager",
]
TOPICS = [
    "the month-end close backlog",
    "the on-call rotation",
    "the billing system migration",
    "the night-shift handover",
    "the churn dashboard",
    "the warehouse slotting project",
    "the onboarding checklist",
    "the grant reporting calendar",
    "the late check-in queue",
    "last spring's audit findings",
    "the ticket triage process",
    "the patient intake form",
    "the spring enrollment drive",
    "the vendor consolidation plan",
]
FIXES = [
    "batching the weekly reports",
    "moving the checklist into a shared tracker",
    "pairing each new hire with a buddy",
    "automating the reconciliation step",
    "pre-assigning work the evening before",
    "writing a one-page runbook for each alert",
]
SKILLS = [
    "SQL and dashboards",
    "vendor negotiations",
    "Excel modelling",
    "patient scheduling",
    "Terraform",
    "classroom management",
    "customer escalations",
    "grant writing",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "our call", "the panel"]
GREETINGS = [
    "Dear {title} {last},",
    "Hi {first},",
    "Hello {first},",
    "Dear {first},",
    "Good morning {first},",
    "Dear Hiring Manager,",
    "Hey {first}!",
    "{first},",
]
STOCK = [
    "Thank you for your time on {day}.",
    "Thank you so much for the opportunity to interview for the {role} position.",
    "I appreciate you taking the time to meet with me on {day}.",
    "Thank you for considering me for the {role} position at {company}.",
]
OPENERS = [
    "I keep thinking about {topic} you described on {day}.",
    "Thanks for walking me through {topic}; it made the {role} role much clearer.",
    "Our conversation about {topic} stayed with me after I left {company}.",
    "I enjoyed hearing how the team at {company} approaches {topic}.",
]
BODY = [
    "At my last job we faced something similar, and we cut the turnaround from {n1} days "
    "to {n2} by {fix}.",
    "You mentioned that {topic} has been hard to staff, and my experience with {skill} "
    "would help there.",
    "When {other} asked about {skill}, my answer was short, so here is a fuller one: I have "
    "used it for {n2} years, most recently for {fix}.",
    "I was also interested in what you said about {topic2}, because it connects to my "
    "work on {skill}.",
    "One idea I had afterwards was to start with {fix}, then measure the effect for a "
    "quarter before changing anything else.",
    "I have attached a short write-up of how I would approach my first ninety days.",
    "It was great to meet the rest of the team and to see the new office at {company}.",
    "I also appreciated the frank discussion about the challenges ahead for the team.",
    "The way you described the team matched what I am looking for in my next role.",
]
FLAWS = [
    "You are truly the best manager I have ever met, and {company} is my dream company.",
    "I am so honoured and humbled that you would even consider someone like me.",
]
INTEREST = [
    "I am excited about the {role} role and would love to help {company} with {topic}.",
    "I'm keen to join the team and to keep working on problems like {topic}.",
    "I really need this job and would do anything to get started next week.",
    "Our conversation made me even more enthusiastic about joining {company}.",
]
CLOSINGS = [
    "Please let me know if I can send anything else.",
    "Talk soon.",
    "I look forward to hearing from you about next steps.",
    "Happy to answer any other questions you have.",
    "Please let me know as soon as possible!!!",
]
PLACEHOLDERS = ["[Interviewer Name]", "{Company Name}", "<Position>", "[insert topic here]"]
EMOJI = ["🙂", "😊", "🙏", "🚀", "👍"]
SIGNOFFS = [
    "Best,",
    "Best regards,",
    "Kind regards,",
    "Thanks again,",
    "Sincerely,",
    "Cheers,",
    "Warmly,",
    "Thank you again for your time,",
]


def make_note(rng: random.Random, target: int = 140) -> str:
    """One follow-up note of about ``target`` words, assembled from the phrase banks."""
    first, last, other = rng.choice(FIRST), rng.choice(LAST), rng.choice(FIRST)
    topic, topic2 = rng.sample(TOPICS, 2)
    slots = {
        "first": first,
        "last": last,
        "other": other,
        "topic": topic,
        "topic2": topic2,
        "title": rng.choice(["Ms.", "Mr.", "Dr.", "Mx."]),
        "role": rng.choice(ROLES),
        "company": rng.choice(COMPANIES),
        "day": rng.choice(DAYS),
        "fix": rng.choice(FIXES),
        "skill": rng.choice(SKILLS),
        "n1": str(rng.randint(5, 12)),
        "n2": str(rng.randint(2, 4)),
    }
    opener = [rng.choice(STOCK)] if rng.random() < 0.4 else []
    flaw = [rng.choice(FLAWS)] if rng.random() < 0.2 else []
    pool = [s.format(**slots) for s in rng.sample(BODY, len(BODY))]
    body = [s.format(**slots) for s in (*opener, rng.choice(OPENERS), *flaw)]
    tail = [rng.choice(INTEREST).format(**slots), rng.choice(CLOSINGS)]
    while pool and sum(len(s.split()) for s in body + tail) < target - 10:
        body.append(pool.pop())
    body += tail
    if rng.random() < 0.1:
        i = rng.randrange(len(body))
        body[i] = body[i].replace(slots["company"], rng.choice(PLACEHOLDERS))
    if rng.random() < 0.1:
        i = rng.randrange(len(body))
        body[i] += " " + rng.choice(EMOJI)
    cut = rng.randint(2, max(2, len(body) - 2))
    paragraphs = [" ".join(body[:cut]), " ".join(body[cut:])]
    head = f"Subject: Following up on the {slots['role']} interview\n\n"
    head = head if rng.random() < 0.3 else ""
    signature = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    if rng.random() < 0.5:
        signature += f"\n555-01{rng.randint(10, 99)} | {signature.split()[0].lower()}@example.com"
    greeting = rng.choice(GREETINGS).format(**slots)
    return (
        f"{head}{greeting}\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\n{rng.choice(SIGNOFFS)}\n{signature}\n"
    )


def write_corpus(folder: Path, count: int, seed: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("note-*.txt"):
        old.unlink()
    rng = random.Random(seed)
    paths = [folder / f"note-{i:05d}.txt" for i in range(count)]
    for path in paths:
        path.write_text(make_note(rng), encoding="utf-8")
    return paths


class Timing:
    """Median wall time, peak RSS (bytes) and exit codes of repeated runs of one command."""

    def __init__(self, times: list[float], rss: list[int], codes: set[int]) -> None:
        self.median, self.peak_rss, self.codes = statistics.median(times), max(rss), codes
        self.spread = (min(times), max(times))


def run_once(cmd: list[str]) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (bytes) of one run, output discarded."""
    elapsed, code, rss, _ = run_sampled(cmd, sample=False)
    return elapsed, code, rss


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, ()))
    return found


def _pss(pid: int) -> int:
    """Proportional set size of one process in bytes (0 if it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_sampled(cmd: list[str], sample: bool = True) -> tuple[float, int, int, int]:
    """Wall seconds, exit code, parent peak RSS and process-tree peak PSS (bytes; 0 when
    not ``sample``-d or not on Linux)."""
    sampling = sample and os.path.exists("/proc/self/smaps_rollup")
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while sampling:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            peak = max(peak, sum(_pss(p) for p in _tree(proc.pid)))
            time.sleep(0.01)
        else:
            _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            err.seek(0)
            message = err.read().decode(errors="replace").strip()[-500:]
            print(f"warning: {cmd[0]} exited {code}: {message}", file=sys.stderr)
    scale = 1 if sys.platform == "darwin" else 1024
    return elapsed, code, usage.ru_maxrss * scale, peak


def scale_runs(args: argparse.Namespace) -> int:
    """One call per corpus size: notes/s and memory, in a table and a JSON line."""
    sizes = [int(n) for n in args.scale.split(",")]
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    mib = 1024 * 1024
    results = []
    print(f"notelint: {args.notelint}  ({os.cpu_count()} CPUs)")
    header = ("notes", "words", "cold s", "notes/s", "parent RSS", "tree PSS", "fill s")
    header += ("warm s", "notes/s")
    print("{:>7} {:>6} {:>8} {:>8} {:>11} {:>10} {:>7} {:>7} {:>8}".format(*header))
    for size in sizes:
        folder = args.corpus.parent / f"{args.corpus.name}-{size}"
        files = write_corpus(folder, size, args.seed)
        words = statistics.mean(len(f.read_text(encoding="utf-8").split()) for f in files[:500])
        cmd = [args.notelint, "--format", "json", "--no-cache", *jobs, str(folder)]
        run_once(cmd)  # warm-up: page cache, .pyc files
        # Timed runs are not sampled: reading /proc every 10 ms takes CPU from the run.
        runs = [run_once(cmd) for _ in range(args.repeat)]
        median = statistics.median(r[0] for r in runs)
        _, code, rss, pss = run_sampled(cmd)  # one more run, for memory
        runs.append((0.0, code, rss))
        with tempfile.TemporaryDirectory(prefix="notelint-bench-cache-") as cache:
            cached = [args.notelint, "--format", "json", "--cache-dir", cache, *jobs, str(folder)]
            fill = run_once(cached)
            warm = [run_once(cached) for _ in range(args.repeat)]
        warm_median = statistics.median(r[0] for r in warm)
        print(
            f"{size:7} {words:6.0f} {median:8.3f} {size / median:8,.0f} "
            f"{rss / mib:7.1f} MiB {pss / mib:6.1f} MiB {fill[0]:7.2f} "
            f"{warm_median:7.3f} {size / warm_median:8,.0f}"
        )
        results.append(
            {
                "notes": size,
                "seconds": round(median, 3),
                "notes_per_s": round(size / median, 1),
                "parent_peak_rss_mib": round(rss / mib, 1),
                "tree_peak_pss_mib": round(pss / mib, 1),
                "filling_cache_s": round(fill[0], 3),
                "warm_cache_s": round(warm_median, 3),
                "warm_notes_per_s": round(size / warm_median, 1),
                "exit_codes": sorted({r[1] for r in [*runs, fill, *warm]}),
            }
        )
    print(json.dumps(results, separators=(",", ":")))
    return 0


def measure(cmd: list[str], repeat: int) -> Timing:
    run_once(cmd)  # warm-up: page cache, .pyc files
    runs = [run_once(cmd) for _ in range(repeat)]
    return Timing([r[0] for r in runs], [r[2] for r in runs], {r[1] for r in runs})


def interpreter_of(script: str) -> str:
    """The python in a console script's shebang line (the venv's), else this interpreter."""
    with open(script, encoding="utf-8", errors="replace") as handle:
        line = handle.readline()
    candidate = line[2:].strip().split()[0] if line.startswith("#!") else ""
    return candidate if candidate and Path(candidate).exists() else sys.executable


def default_notelint() -> str:
    local = HERE.parent / ".venv" / "bin" / "notelint"
    return str(local) if local.exists() else shutil.which("notelint") or "notelint"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=500, help="notes in the corpus")
    parser.add_argument("--corpus", type=Path, default=HERE / "corpus", help="corpus folder")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs after one warm-up")
    parser.add_argument("--cold-repeat", type=int, default=5, help="runs for cold start/floor")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--notelint", default=default_notelint(), help="notelint executable")
    parser.add_argument("--proselint", help="proselint executable (default: on PATH)")
    parser.add_argument("--no-proselint", action="store_true", help="skip proselint")
    parser.add_argument("--scale", help="comma-separated corpus sizes, e.g. 1000,10000")
    parser.add_argument("--jobs", type=int, help="--jobs for the scale runs (default: notelint's)")
    args = parser.parse_args(argv)
    if args.scale:
        return scale_runs(args)

    started = time.perf_counter()
    files = write_corpus(args.corpus, args.notes, args.seed)
    words = statistics.mean(len(f.read_text(encoding="utf-8").split()) for f in files)
    print(
        f"corpus: {len(files)} notes, {words:.0f} words on average, in {args.corpus} "
        f"({time.perf_counter() - started:.2f} s to write)"
    )
    python = interpreter_of(args.notelint)
    print(f"notelint: {args.notelint}\npython:   {python}")

    batch = measure(
        [args.notelint, "--format", "json", "--no-cache", str(args.corpus)], args.repeat
    )
    single = [args.notelint, "--format", "json", "--no-cache", str(files[0])]
    cold = measure(single, args.cold_repeat)
    floor = measure([python, "-c", "import spacy; spacy.blank('en')"], args.cold_repeat)
    bare = measure([python, "-c", "pass"], args.cold_repeat)
    prose_exe = None if args.no_proselint else args.proselint or shutil.which("proselint")
    prose = None
    if prose_exe:
        cmd = [prose_exe, "check", "--output-format", "json", *map(str, files)]
        prose = measure(cmd, args.repeat)

    rate = args.notes / batch.median
    ratio = cold.median / floor.median
    mib = 1024 * 1024
    rows = [
        ("notelint, one call over all notes", batch, f"{rate:,.0f} notes/s", ""),
        (
            "notelint cold start, one note",
            cold,
            f"{ratio:.2f}x floor",
            "<= 1.3x floor: " + ("yes" if ratio <= 1.3 else "NO"),
        ),
        ("floor: import spacy; spacy.blank('en')", floor, "", ""),
        ("python -c pass", bare, "", ""),
    ]
    if prose is not None:
        vs = batch.median / prose.median
        rows.append(
            (
                "proselint check, same files",
                prose,
                f"{args.notes / prose.median:,.0f} notes/s",
                f"notelint {vs:.2f}x its time: " + ("ok" if vs <= 1 else "SLOWER"),
            )
        )
    print(
        f"\n{'measurement':40} {'median s':>9} {'min-max s':>13} {'peak RSS':>10}  "
        f"{'rate / ratio':15} target"
    )
    for label, t, extra, target in rows:
        spread = f"{t.spread[0]:.2f}-{t.spread[1]:.2f}"
        print(
            f"{label:40} {t.median:9.3f} {spread:>13} {t.peak_rss / mib:7.1f} MiB  "
            f"{extra:15} {target}".rstrip()
        )
    if not prose_exe and not args.no_proselint:
        print("(proselint not found: pass --proselint PATH to compare)")
    summary = {
        "notes": args.notes,
        "batch_s": round(batch.median, 4),
        "notes_per_s": round(rate, 1),
        "batch_peak_rss_mib": round(batch.peak_rss / mib, 1),
        "batch_exit_codes": sorted(batch.codes),
        "cold_start_s": round(cold.median, 4),
        "floor_s": round(floor.median, 4),
        "cold_ratio": round(ratio, 3),
        "python_s": round(bare.median, 4),
        "proselint_s": round(prose.median, 4) if prose else None,
        "notelint_vs_proselint": round(batch.median / prose.median, 3) if prose else None,
    }
    print(json.dumps(summary, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
