"""Shared by the consumer tests: the dumps to load and what they must hold.

Two sources of dumps:
  * the hostile fixture (export_fixture: quotes, newlines, markup, formulas,
    non-ASCII, a multigraph pair), with expected.json written straight from
    the in-memory graph;
  * a real database built by `caregraph ingest` from samples/, exported with
    `caregraph export`, compared with `caregraph stats --json` and
    `caregraph neighbours --json`. Skipped (with a message) while ingest is
    not available.

Exit status of the test scripts: 0 pass, 1 fail, 77 skipped (ctest's
SKIP_RETURN_CODE).
"""
import json
import os
import subprocess
import sys
import tempfile

SKIP = 77


class Checker:
    """Counts checks; prints each failure with its context."""

    def __init__(self, name):
        self.name = name
        self.checks = 0
        self.failures = 0

    def eq(self, got, want, what):
        self.checks += 1
        if got != want:
            self.failures += 1
            print(f"FAIL {self.name}: {what}: got {got!r}, want {want!r}")

    def true(self, cond, what):
        self.eq(bool(cond), True, what)

    def finish(self):
        print(f"{self.name}: {self.checks - self.failures} passed, {self.failures} failed")
        return 1 if self.failures else 0


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def parse_args(argv):
    args = {}
    it = iter(argv)
    for a in it:
        if a.startswith("--"):
            args[a[2:]] = next(it)
    return args


def fixture(exe, tmp):
    d = os.path.join(tmp, "fixture")
    r = run([exe, d])
    if r.returncode != 0:
        raise SystemExit(f"export_fixture failed: {r.stderr}")
    with open(os.path.join(d, "expected.json"), encoding="utf-8") as f:
        return d, json.load(f)


def real_db(cli, samples, tmp):
    """Ingests samples/ and exports every format; None (with a message) if
    ingest is not available yet."""
    db = os.path.join(tmp, "db")
    r = run([cli, "ingest", "--db", db, samples])
    if r.returncode != 0:
        print(f"SKIP real database part: `caregraph ingest` failed: {(r.stderr or r.stdout).strip()[:300]}")
        return None
    out = os.path.join(tmp, "real")
    os.makedirs(out)
    for fmt, name in [("json", "graph.json"), ("graphml", "graph.graphml"), ("jsonl", "graph.jsonl"),
                      ("csv", "csv")]:
        r = run([cli, "export", "--db", db, "--format", fmt, "--out", os.path.join(out, name)])
        if r.returncode != 0:
            raise SystemExit(f"caregraph export --format {fmt} failed: {r.stderr}")
    r = run([cli, "stats", "--db", db, "--json"])
    if r.returncode != 0:
        raise SystemExit(f"caregraph stats --json failed: {r.stderr}")
    return db, out, json.loads(r.stdout)


def neutral(s):
    """The CSV spreadsheet-formula neutralisation of docs/formats.md."""
    return "'" + s if s and s[0] in "=+-@\t\r" else s


def xml_text(s):
    """What XML 1.0 can carry of `s`: C0 controls other than TAB/LF/CR dropped."""
    return "".join(c for c in s if c in "\t\n\r" or ord(c) >= 0x20)


def undirected_neighbours(edges):
    """id -> set of ids joined by an edge in either direction."""
    out = {}
    for e in edges:
        out.setdefault(e["source"], set()).add(e["target"])
        out.setdefault(e["target"], set()).add(e["source"])
    return out


def tempdir():
    return tempfile.TemporaryDirectory(prefix="caregraph-consumers-")
