#!/usr/bin/env python3
"""Extract issues on a Dask cluster: the "Beyond one machine" recipe.

Reads issues as JSON lines ({"id", "date", "text"}), splits them into shards,
maps `caregraph extract --jsonl` over the shards on a Dask cluster (a local
one with N worker processes by default, or --scheduler ADDRESS) and writes
the extractions, one per line, in input order. Merge them into a database
with `caregraph ingest --db DB --extractions FILE`.

  dask_extract.py --caregraph build/cli/caregraph --workers 2 issues.jsonl > extractions.jsonl
"""
import argparse
import subprocess
import sys


def extract_shard(caregraph, lines):
    """Runs on a worker: one caregraph process per shard."""
    proc = subprocess.run([caregraph, "extract", "--jsonl"], input="".join(lines).encode("utf-8"),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout.decode("utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("issues", help="JSON lines of {id, date, text} ('-' = stdin)")
    ap.add_argument("--caregraph", required=True, help="path of the caregraph binary on the workers")
    ap.add_argument("--workers", type=int, default=2, help="local worker processes (ignored with --scheduler)")
    ap.add_argument("--shards", type=int, default=0, help="number of shards (default: 4 per worker)")
    ap.add_argument("--scheduler", help="address of an existing Dask scheduler")
    args = ap.parse_args()

    from dask.distributed import Client, LocalCluster  # Debian: python3-distributed

    src = sys.stdin if args.issues == "-" else open(args.issues, encoding="utf-8")
    lines = [line if line.endswith("\n") else line + "\n" for line in src if line.strip()]
    shards = args.shards or max(1, 4 * args.workers)
    size = max(1, -(-len(lines) // shards))
    chunks = [lines[i:i + size] for i in range(0, len(lines), size)]

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        futures = client.map(extract_shard, [args.caregraph] * len(chunks), chunks, pure=False)
        for out in client.gather(futures):  # in shard order
            sys.stdout.write(out)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
