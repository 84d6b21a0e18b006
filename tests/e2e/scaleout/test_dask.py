#!/usr/bin/env python3
"""A two-worker Dask LocalCluster extracts sharded issues; merged into a
store, they give the same graph (canonical JSONL export) as one `caregraph
ingest` of the same files. Exit 77 (skipped) if Dask is not installed."""
import json
import os
import subprocess
import sys
import tempfile


def main():
    cli, script, samples = sys.argv[1], sys.argv[2], sys.argv[3:]
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        print("python3-distributed is not installed: skipping")
        return 77
    files = []
    for d in samples:
        if os.path.isdir(d):
            files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith((".txt", ".html")))
    assert len(files) >= 5, files
    with tempfile.TemporaryDirectory() as tmp:
        issues = os.path.join(tmp, "issues.jsonl")
        with open(issues, "w", encoding="utf-8") as f:
            for p in files:
                f.write(json.dumps({"id": os.path.abspath(p), "text": open(p, encoding="utf-8").read()}) + "\n")
        ex = os.path.join(tmp, "extractions.jsonl")
        with open(ex, "w", encoding="utf-8") as out:
            subprocess.run([sys.executable, script, "--caregraph", cli, "--workers", "2", "--shards", "3", issues],
                           stdout=out, check=True)
        lines = open(ex, encoding="utf-8").read().splitlines()
        assert len(lines) == len(files), (len(lines), len(files))
        a, b = os.path.join(tmp, "a.db"), os.path.join(tmp, "b.db")
        subprocess.run([cli, "ingest", "--db", a, "--extractions", ex], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([cli, "ingest", "--db", b] + files, check=True, stdout=subprocess.DEVNULL)
        dump_a = subprocess.run([cli, "export", "--db", a, "--format", "jsonl"], check=True, capture_output=True).stdout
        dump_b = subprocess.run([cli, "export", "--db", b, "--format", "jsonl"], check=True, capture_output=True).stdout
        assert dump_a == dump_b, "the sharded ingest differs from the single-process one"
        assert dump_a.count(b"\n") > 50
    print(f"1 passed, 0 failed: {len(files)} issues in 3 shards on 2 workers give the same graph")
    return 0


if __name__ == "__main__":
    sys.exit(main())
