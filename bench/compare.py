#!/usr/bin/python3
"""Runs caregraph's comparisons with its peers and prints one table.

Called by bench/run.sh (which builds the binaries and installs the peers);
see bench/README.md for what each row and column means. Everything runs on
this machine in one go; every ratio is measured pair by pair, caregraph and
the peer alternating, because the machine is shared and noisy.

  compare.py --build DIR --peers DIR --work DIR --out DIR [--quick]
"""
import argparse
import datetime
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def pinned(cmd):
    """One core: taskset -c 0 where available."""
    return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + cmd


def run_json(cmd, **kw):
    """The command's JSON: its whole output, else its last line."""
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, **kw).stdout
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return json.loads(out.strip().splitlines()[-1])


def timed(cmd, **kw):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    return time.perf_counter() - t


def p99(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, (len(xs) * 99) // 100)]


def slope(xs, ys):
    """Least-squares slope of log(ys) against log(xs)."""
    lx, ly = [math.log(x) for x in xs], [math.log(y) for y in ys]
    mx, my = statistics.fmean(lx), statistics.fmean(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly)) / den if den else 0.0


# ---- extraction -------------------------------------------------------------

def bench_extraction(a, cfg):
    corpus = os.path.join(a.work, "corpus")
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([os.path.join(a.build, "bench", "gen_issues"), "--count", str(cfg["corpus_issues"]),
                    "--seed", "1", "--reference", os.path.join(ROOT, "data", "reference"), "--out", corpus],
                   check=True)
    mods = os.path.join(a.peers, "node_modules")
    env = dict(os.environ, NODE_PATH=mods)
    engines = {
        "caregraph": pinned([os.path.join(a.build, "bench", "peer_extract"), corpus, str(cfg["min_seconds"])]),
        "compromise": pinned(["node", os.path.join(a.peers, "ner.js"), "compromise", corpus]),
        "wink-nlp": pinned(["node", os.path.join(a.peers, "ner.js"), "wink", corpus, str(cfg["min_seconds"])]),
    }
    runs = {k: [] for k in engines}
    for r in range(cfg["extract_rounds"]):
        order = list(engines) if r % 2 == 0 else list(reversed(engines))
        for name in order:
            res = run_json(engines[name], env=env)
            runs[name].append(res)
            log(f"extract round {r + 1}: {name} {res['bytes'] / 1e6 / res['seconds']:.2f} MB/s")
    rows = []
    cg = runs["caregraph"]
    for name in engines:
        rs = runs[name]
        mbps = [x["bytes"] / 1e6 / x["seconds"] for x in rs]
        ips = [x["issues"] / x["seconds"] for x in rs]
        row = {"engine": name, "issues": rs[0]["issues"] // rs[0]["passes"], "mb": rs[0]["bytes"] / rs[0]["passes"] / 1e6,
               "passes": statistics.median(x["passes"] for x in rs),
               "mb_per_s": statistics.median(mbps), "issues_per_s": statistics.median(ips),
               "entities": rs[0]["entities"], "rounds": len(rs)}
        if name != "caregraph":
            # pair by pair: round r's caregraph against round r's peer
            row["speedup"] = statistics.median((c["bytes"] / c["seconds"]) / (p["bytes"] / p["seconds"])
                                               for c, p in zip(cg, rs))
            row["target"] = ">= 100x" if name == "compromise" else ""
            row["met"] = row["speedup"] >= 100 if name == "compromise" else None
        rows.append(row)
    return rows


# ---- ingest -----------------------------------------------------------------

def store_bench(a, tmp, mode, n):
    """One store_bench run of `n` issues; its row as a dict."""
    cmd = [os.path.join(a.build, "bench", "store_bench"), "--sizes", str(n),
           "--reference", os.path.join(ROOT, "data", "reference"), "--tmp", tmp]
    if mode == "extract":
        cmd.append("--extract")
    t = time.perf_counter()
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    wall = time.perf_counter() - t
    for line in out.splitlines()[1:]:
        f = line.split()
        # issues mode issues/s MB/s RSS "MB" nodes edges db "MB"
        if len(f) >= 10 and f[0].isdigit():
            g = {"mode": mode, "issues": int(f[0]), "issues_per_s": float(f[2]), "mb_per_s": float(f[3]),
                 "peak_rss_mb": float(f[4]), "nodes": int(f[6]), "edges": int(f[7]), "db_mb": float(f[8]),
                 "wall_seconds": wall}
            g["seconds"] = g["issues"] / g["issues_per_s"]
            log(f"ingest ({mode}) {n}: {g['issues_per_s']:.0f} issues/s, peak RSS {g['peak_rss_mb']:.0f} MB, "
                f"{wall:.0f} s")
            return g
    raise RuntimeError(f"store_bench printed no figures for {n} issues")


def bench_ingest(a, cfg):
    """Sizes in increasing order; a size whose run would take more than the
    budget (extrapolated linearly from the previous size's wall time) is
    scaled down to what fits, and the table says so."""
    tmp = os.path.join(a.work, "ingest")
    os.makedirs(tmp, exist_ok=True)
    rows, notes = [], []
    for mode, sizes in cfg["ingest"]:
        got = []
        for n in sizes:
            if got:
                prev = got[-1]
                # the growth seen so far (at least linear), extrapolated
                k = max(1.0, slope([g["issues"] for g in got], [g["wall_seconds"] for g in got])) if len(got) > 1 else 1.0
                est = prev["wall_seconds"] * (n / prev["issues"]) ** k
                if est > cfg["ingest_budget_s"]:
                    fit = int(prev["issues"] * (cfg["ingest_budget_s"] / prev["wall_seconds"]) ** (1 / k))
                    step = 10 ** max(2, len(str(fit)) - 2)  # two significant digits
                    fit = fit // step * step
                    if fit <= prev["issues"]:
                        notes.append(f"{mode}: {n} issues skipped (estimated {est:.0f} s on this machine, "
                                     f"budget {cfg['ingest_budget_s']} s)")
                        break
                    notes.append(f"{mode}: {n} issues scaled to {fit} (estimated {est:.0f} s on this machine, "
                                 f"budget {cfg['ingest_budget_s']} s)")
                    n = fit
            got.append(store_bench(a, tmp, mode, n))
        ns = [g["issues"] for g in got]
        time_exp = slope(ns, [g["seconds"] for g in got]) if len(got) > 1 else None
        rss_exp = slope(ns, [g["peak_rss_mb"] for g in got]) if len(got) > 1 else None
        for g in got:
            g["time_exponent"], g["rss_exponent"] = time_exp, rss_exp
            g["target"] = ">= 5000 issues/s, flat RSS" if mode == "store" else ""
            g["met"] = g["issues_per_s"] >= 5000 and (rss_exp is None or rss_exp <= 0.1)
        rows += got
    return rows, notes


# ---- queries ----------------------------------------------------------------

class Server:
    def __init__(self, name, cmd, env=None):
        self.name = name
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError(f"{name}: the query server exited before it was ready")
        self.ready = json.loads(line)

    def ask(self, kind, first, count):
        self.p.stdin.write(f"{kind} {first} {count}\n")
        self.p.stdin.flush()
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.name}: the query server died during {kind}")
        return json.loads(line)

    def close(self):
        self.p.stdin.close()
        self.p.wait(timeout=60)


def bench_queries(a, cfg):
    gdir = os.path.join(a.work, "graph")
    shutil.rmtree(gdir, ignore_errors=True)
    log(f"query graph: {cfg['nodes']} nodes, {cfg['edges']} edges -> CSV")
    peer_graph = os.path.join(a.build, "bench", "peer_graph")
    subprocess.run([peer_graph, "csv", "--nodes", str(cfg["nodes"]), "--edges", str(cfg["edges"]),
                    "--pairs", "1000", "--out", gdir], check=True)
    log("loading the CSV into caregraph")
    cg = Server("caregraph", [peer_graph, "serve", "--csv", gdir])
    log(f"caregraph loaded in {cg.ready['load_seconds']:.2f} s; loading the CSV into Kuzu")
    kz = Server("kuzu", ["node", os.path.join(a.peers, "kuzu_serve.js"), gdir, os.path.join(a.work, "kuzu.db")],
                env=dict(os.environ, NODE_PATH=os.path.join(a.peers, "node_modules")))
    log(f"kuzu loaded in {kz.ready['load_seconds']:.2f} s")
    for k in ("nodes", "edges"):
        if cg.ready[k] != kz.ready[k]:
            raise RuntimeError(f"caregraph and Kuzu loaded different graphs: {k} {cg.ready[k]} vs {kz.ready[k]}")
    rows = [{"query": "load the CSV", "runs": 1, "cg_median_ms": cg.ready["load_seconds"] * 1e3,
             "cg_p99_ms": cg.ready["load_seconds"] * 1e3, "peer_median_ms": kz.ready["load_seconds"] * 1e3,
             "peer_p99_ms": kz.ready["load_seconds"] * 1e3,
             "speedup": kz.ready["load_seconds"] / cg.ready["load_seconds"], "agree": None, "target": "",
             "met": None}]
    labels = {"hop1": "1-hop neighbours", "hop2": "2-hop neighbourhood size",
              "path": "shortest path, random pair", "count": "count nodes by type"}
    for kind, runs, batch in cfg["queries"]:
        for s in (cg, kz):  # warm-up, untimed
            s.ask(kind, 0, min(batch, 20))
        t_cg, t_kz, r_cg, r_kz, ratios = [], [], [], [], []
        for b, first in enumerate(range(0, runs, batch)):
            pair = (cg, kz) if b % 2 == 0 else (kz, cg)
            got = {s.name: s.ask(kind, first, batch) for s in pair}
            t_cg += got["caregraph"]["ms"]
            t_kz += got["kuzu"]["ms"]
            r_cg += got["caregraph"]["results"]
            r_kz += got["kuzu"]["results"]
            ratios.append(statistics.median(got["kuzu"]["ms"]) / max(statistics.median(got["caregraph"]["ms"]), 1e-6))
        agree = sum(x == y for x, y in zip(r_cg, r_kz)) / len(r_cg)
        speedup = statistics.median(ratios)
        rows.append({"query": labels[kind], "runs": runs, "cg_median_ms": statistics.median(t_cg),
                     "cg_p99_ms": p99(t_cg), "peer_median_ms": statistics.median(t_kz), "peer_p99_ms": p99(t_kz),
                     "speedup": speedup, "p99_speedup": p99(t_kz) / max(p99(t_cg), 1e-6), "agree": agree,
                     "target": "no slower than Kuzu", "met": speedup >= 1.0})
        log(f"query {kind}: caregraph {statistics.median(t_cg):.3f} ms, kuzu {statistics.median(t_kz):.3f} ms, "
            f"results agree {agree:.0%}")
    cg.close()
    kz.close()
    return rows, {"nodes": cg.ready["nodes"], "edges": cg.ready["edges"]}


# ---- rendering --------------------------------------------------------------

def bench_render(a, cfg):
    cli = os.path.join(a.build, "cli", "caregraph")
    rows = []
    for n in cfg["render_sizes"]:
        d = os.path.join(a.work, f"render-{n}")
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
        db = os.path.join(d, "db")
        x = os.path.join(d, "extraction.jsonl")
        with open(x, "w") as f:
            subprocess.run([os.path.join(a.build, "bench", "peer_graph"), "extraction", "--nodes", str(n),
                            "--edges", str(n * 3 // 2)], check=True, stdout=f)
        subprocess.run([cli, "ingest", "--db", db, "--extractions", x], check=True, stdout=subprocess.DEVNULL)
        stats = run_json([cli, "stats", "--db", db, "--json"])
        dot = os.path.join(d, "map.dot")
        subprocess.run([cli, "render", "--db", db, "--out", dot], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)  # the "too many nodes to read" warning
        engine = "dot"
        with open(dot) as f:
            for line in f:
                if "layout=" in line:
                    engine = line.split("layout=")[1].split(",")[0].split("]")[0].strip().strip('";')
                    break
        cg_cmd = [cli, "render", "--db", db, "--out", os.path.join(d, "caregraph.svg")]
        peer_cmd = [engine, "-Tsvg", dot, "-o", os.path.join(d, "peer.svg")]
        t_cg, t_peer = [], []
        warm = timed(cg_cmd) + timed(peer_cmd)  # warm-up: page cache, fontconfig
        # A small map takes ~40 ms and the machine is shared: a median of 5
        # pairs moved by +-10%, so small sizes get more pairs, within a budget.
        rounds = max(cfg["render_rounds"], min(41, int(cfg["render_seconds"] / warm)))
        for r in range(rounds):
            for which in ((0, 1) if r % 2 == 0 else (1, 0)):
                (t_cg if which == 0 else t_peer).append(timed(pinned(cg_cmd if which == 0 else peer_cmd)))
        ratio = statistics.median(p / c for c, p in zip(t_cg, t_peer))
        rows.append({"nodes": stats.get("nodes", n), "edges": stats.get("edges"), "engine": engine,
                     "cg_median_ms": statistics.median(t_cg) * 1e3, "peer_median_ms": statistics.median(t_peer) * 1e3,
                     "rounds": len(t_cg), "speedup": ratio, "cg_over_peer": 1 / ratio,
                     "target": "<= 1.1x the command", "met": 1 / ratio <= 1.1})
        log(f"render {n}: caregraph {statistics.median(t_cg) * 1e3:.0f} ms, {engine} "
            f"{statistics.median(t_peer) * 1e3:.0f} ms")
    return rows


# ---- the table --------------------------------------------------------------

# ---- hostile shapes (issue 17) ---------------------------------------------

def shape_text(name, n):
    """The issue for shape `name` at size n (n head words, list items, levels)."""
    head = "Date: 2017-01-01\nTitle\n\n"
    if name == "head words":
        return head + " ".join(["Council"] * n) + ".\n"
    if name == "titles":
        return head + " ".join(["Sir"] * n) + " Smith said it.\n"
    if name == "names joined by and":
        return head + " and ".join(["Alderley NHS Trust"] * (n // 4)) + " merged.\n"
    if name == "names between commas":
        return head + ", ".join(["Harriet Vane"] * (n // 2)) + " said so.\n"
    if name == "no full stop":
        words = ["the", "NHS", "England", "trust", "said", "Kent", "and", "Medway", "STP", "chief", "executive", "Jo"]
        return head + " ".join(words[(i * 7919) % len(words)] for i in range(n)) + "\n"
    if name == "identical sentences":
        return head + " ".join(["Harriet Vane, chief executive of Alderley NHS Foundation Trust, said so."] * (n // 12)) + "\n"
    if name == "deep html":
        return "<html><body>" + "<div>" * n + "Alderley NHS Trust." + "</div>" * n + "</body></html>"
    raise ValueError(name)


def bench_shapes(a, cfg):
    """Time and peak RSS of `caregraph extract` on each shape at n and 4n."""
    cli = os.path.join(a.build, "cli", "caregraph")
    rows = []
    for name in ["head words", "titles", "names joined by and", "names between commas", "no full stop",
                 "identical sentences", "deep html"]:
        n = cfg["shape_n"] * (10 if name == "deep html" else 1)
        r = {"shape": name, "sizes": [], "seconds": [], "peak_rss_mb": [], "bytes": []}
        for size in (n, 4 * n):
            path = os.path.join(a.work, "shape" + (".html" if name == "deep html" else ".txt"))
            with open(path, "w") as f:
                f.write(shape_text(name, size))
            out = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + pinned([cli, "extract", "--out", os.path.join(a.work, "shape_out"), path]),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            secs, rss_kb = out.stderr.strip().splitlines()[-1].split()
            r["sizes"].append(size)
            r["bytes"].append(os.path.getsize(path))
            r["seconds"].append(float(secs))
            r["peak_rss_mb"].append(int(rss_kb) / 1024)
        t0, t1 = max(r["seconds"][0], 0.01), max(r["seconds"][1], 0.01)
        r["time_ratio"] = t1 / t0
        r["time_exponent"] = slope(r["sizes"], [t0, t1])
        r["rss_exponent"] = slope(r["sizes"], r["peak_rss_mb"])
        r["met"] = r["time_ratio"] <= 6 and max(r["seconds"]) <= 5 and max(r["peak_rss_mb"]) <= 256
        log(f"shape {name}: {r['seconds']} s, {r['peak_rss_mb']} MB")
        rows.append(r)
    return rows


def table_shapes(res):
    L = ["Hostile shapes (`caregraph extract`, one process per file, one core); exponent = log-log slope of time "
         "against size; target: <= 5 s and 256 MB, time at 4n <= 6x time at n",
         "| shape | n / 4n | bytes at 4n | s at n | s at 4n | time ratio | time exp. | peak RSS at 4n | target |",
         "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for r in res["shapes"]:
        L.append(f"| {r['shape']} | {r['sizes'][0]} / {r['sizes'][1]} | {r['bytes'][1]} | {r['seconds'][0]:.2f} | "
                 f"{r['seconds'][1]:.2f} | {r['time_ratio']:.1f} | {r['time_exponent']:.2f} | "
                 f"{r['peak_rss_mb'][1]:.0f} MB | {yes_no(r['met'])} |")
    return L


def yes_no(met):
    return "" if met is None else ("met" if met else "MISSED")


def table(res):
    L = []
    m = res["machine"]
    L.append(f"caregraph {res['git']} on {m['cpus']} CPUs ({m['cpu']}), load average at start "
             f"{m['load_start']:.2f}, at end {m['load_end']:.2f}; {res['date']}; build and npm set-up "
             f"{res['setup_seconds']:.0f} s, benchmarks {res['seconds']:.0f} s")
    if res["extraction"]:
        L += [""] + table_extraction(res)
    if res["ingest"]:
        L += [""] + table_ingest(res)
    if res["queries"]:
        L += [""] + table_queries(res)
    if res["render"]:
        L += [""] + table_render(res)
    if res.get("shapes"):
        L += [""] + table_shapes(res)
    return "\n".join(L)


def table_extraction(res):
    L = []
    L.append("Extraction, one core (taskset -c 0), the same synthetic corpus for every engine; "
             "speed-up = peer time / caregraph time, median of the rounds' pairs")
    L.append("| engine | issues | MB | MB/s | issues/s | entities | speed-up | target |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in res["extraction"]:
        L.append(f"| {r['engine']} | {r['issues']} | {r['mb']:.1f} | {r['mb_per_s']:.2f} | {r['issues_per_s']:.0f} | "
                 f"{r['entities']} | {fmt_x(r.get('speedup'))} | "
                 f"{r.get('target', '')} {yes_no(r.get('met'))} |")
    return L


def table_ingest(res):
    L = []
    L.append("Ingest into RocksDB (store_bench: a fresh database per size, one child process each); "
             "exponent = log-log slope against the number of issues")
    L.append("| mode | issues | issues/s | MB/s | peak RSS | nodes | edges | time exp. | RSS exp. | target |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in res["ingest"]:
        te = "" if r["time_exponent"] is None else f"{r['time_exponent']:.2f}"
        re_ = "" if r["rss_exponent"] is None else f"{r['rss_exponent']:.2f}"
        L.append(f"| {r['mode']} | {r['issues']} | {r['issues_per_s']:.0f} | {r['mb_per_s']:.2f} | "
                 f"{r['peak_rss_mb']:.0f} MB | {r['nodes']} | {r['edges']} | {te} | {re_} | "
                 f"{'' if r['mode'] != 'store' else yes_no(r['met'])} |")
    for n in res["ingest_notes"]:
        L.append(f"\nScaled: {n}.")
    return L


def table_queries(res):
    L = []
    q = res["query_graph"]
    L.append(f"Queries on one random graph ({q['nodes']} nodes, {q['edges']} edges) exported by caregraph as CSV "
             "and loaded by both; caregraph in process, Kuzu 0.11.3 through its Node.js API (prepared Cypher); "
             "speed-up = Kuzu / caregraph median, batch by batch")
    L.append("| query | runs | caregraph median | caregraph p99 | Kuzu median | Kuzu p99 | speed-up | same answers | target |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for r in res["queries"]:
        agree = "" if r["agree"] is None else f"{r['agree']:.0%}"
        L.append(f"| {r['query']} | {r['runs']} | {fmt_ms(r['cg_median_ms'])} | {fmt_ms(r['cg_p99_ms'])} | "
                 f"{fmt_ms(r['peer_median_ms'])} | {fmt_ms(r['peer_p99_ms'])} | {r['speedup']:.1f}x | {agree} | "
                 f"{r['target']} {yes_no(r['met'])} |")
    return L


def table_render(res):
    L = []
    L.append("Rendering to SVG: `caregraph render` (open the database, build the map, lay out, write) against "
             "Graphviz's own command on the DOT caregraph writes, same engine; caregraph/command = time ratio")
    L.append("| nodes | edges | engine | caregraph | command | caregraph/command | target |")
    L.append("| ---: | ---: | --- | ---: | ---: | ---: | --- |")
    for r in res["render"]:
        L.append(f"| {r['nodes']} | {r['edges']} | {r['engine']} | {fmt_ms(r['cg_median_ms'])} | "
                 f"{fmt_ms(r['peer_median_ms'])} | {r['cg_over_peer']:.2f}x | {r['target']} {yes_no(r['met'])} |")
    return L


def fmt_x(x):
    return "" if x is None else f"{x:.1f}x"


def fmt_ms(ms):
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:.1f} ms"


CONFIGS = {
    # the full run: under 15 minutes from a fresh clone on a 2-core machine
    "full": {"corpus_issues": 200, "extract_rounds": 3, "min_seconds": 2, "ingest": [("store", [1000, 10000, 100000]), ("extract", [1000, 3000])], "ingest_budget_s": 150,
             "nodes": 100000, "edges": 1000000,
             "queries": [("hop1", 1000, 50), ("hop2", 1000, 50), ("path", 500, 50), ("count", 100, 10)],
             "render_sizes": [50, 200, 1000], "render_rounds": 5, "render_seconds": 4, "shape_n": 20000},
    # a smoke run of the whole script in a minute or so
    "quick": {"corpus_issues": 30, "extract_rounds": 1, "min_seconds": 0.2, "ingest": [("store", [100, 1000, 3000])], "ingest_budget_s": 3,
              "nodes": 10000, "edges": 100000,
              "queries": [("hop1", 100, 50), ("hop2", 100, 50), ("path", 100, 50), ("count", 20, 10)],
              "render_sizes": [50, 200], "render_rounds": 2, "render_seconds": 0.5, "shape_n": 2000},
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", required=True, help="build folder with bench/ and cli/ binaries")
    ap.add_argument("--peers", required=True, help="bench/peers (node scripts, node_modules)")
    ap.add_argument("--work", required=True, help="scratch folder (corpora, databases)")
    ap.add_argument("--out", required=True, help="where results.json and results.md go")
    ap.add_argument("--quick", action="store_true", help="small sizes: checks the script, not the figures")
    ap.add_argument("--only", default="extraction,ingest,queries,render,shapes", help="comma-separated sections")
    a = ap.parse_args()
    cfg = CONFIGS["quick" if a.quick else "full"]
    os.makedirs(a.work, exist_ok=True)
    os.makedirs(a.out, exist_ok=True)
    start = time.perf_counter()
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    git = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE, text=True).stdout
    res = {"date": datetime.datetime.now().isoformat(timespec="seconds"), "git": git.strip(),
           "config": "quick" if a.quick else "full",
           "machine": {"cpus": os.cpu_count(), "cpu": cpu, "load_start": os.getloadavg()[0]},
           "extraction": [], "ingest": [], "ingest_notes": [], "queries": [], "query_graph": {"nodes": 0, "edges": 0}, "render": [], "shapes": []}
    log(f"load average at start: {os.getloadavg()}")
    only = set(a.only.split(","))
    if "extraction" in only:
        res["extraction"] = bench_extraction(a, cfg)
    if "ingest" in only:
        res["ingest"], res["ingest_notes"] = bench_ingest(a, cfg)
    if "queries" in only:
        res["queries"], res["query_graph"] = bench_queries(a, cfg)
    if "render" in only:
        res["render"] = bench_render(a, cfg)
    if "shapes" in only:
        res["shapes"] = bench_shapes(a, cfg)
    res["machine"]["load_end"] = os.getloadavg()[0]
    res["seconds"] = time.perf_counter() - start
    res["setup_seconds"] = float(os.environ.get("CAREGRAPH_BENCH_SETUP_SECONDS", "nan"))
    text = table(res)
    with open(os.path.join(a.out, "results.json"), "w") as f:
        json.dump(res, f, indent=1)
    with open(os.path.join(a.out, "results.md"), "w") as f:
        f.write(text + "\n")
    print(text)
    log(f"written {os.path.join(a.out, 'results.json')} and results.md")


if __name__ == "__main__":
    main()
