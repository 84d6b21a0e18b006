"""Executes samples/notebook.ipynb headless (Debian's jupyter nbconvert and
python3-ipykernel) on caregraph's dumps and fails if any cell fails.

The dumps come from a real database (`caregraph ingest` of samples/, then
`caregraph export`) where ingest works, and always from the hostile
fixture. The executed notebook must show the best-connected entity, as
computed here from the JSON dump.

usage: /usr/bin/python3 test_notebook.py --cli CAREGRAPH --fixture EXPORT_FIXTURE --samples DIR --notebook PATH
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "consumers"))
import common  # noqa: E402


def best_connected(json_path):
    with open(json_path, encoding="utf-8") as f:
        dump = json.load(f)
    degree = {}
    for e in dump["links"]:
        for end in (e["source"], e["target"]):
            degree[end] = degree.get(end, 0) + 1
    names = {n["id"]: n["name"] for n in dump["nodes"]}
    mentions = {n["id"]: n["mentions"] for n in dump["nodes"]}
    best = sorted(degree, key=lambda n: (-degree[n], -mentions[n], names[n]))[0]
    return names[best]


def execute(c, notebook, json_path, csv_dir, out, what):
    env = dict(os.environ, CAREGRAPH_JSON=json_path, CAREGRAPH_CSV=csv_dir,
               PYDEVD_DISABLE_FILE_VALIDATION="1")
    env.pop("MPLBACKEND", None)  # the kernel's inline backend draws the plots
    r = subprocess.run(["/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                        "--ExecutePreprocessor.timeout=300", "--output", out, notebook],
                       capture_output=True, text=True, env=env)
    c.eq(r.returncode, 0, f"{what}: nbconvert --execute ({r.stderr.strip()[-800:]})")
    if r.returncode != 0:
        return
    with open(out, encoding="utf-8") as f:
        nb = json.load(f)
    outputs = [o for cell in nb["cells"] for o in cell.get("outputs", [])]
    errors = [o for o in outputs if o["output_type"] == "error"]
    c.eq(errors, [], f"{what}: cells in error")
    code_cells = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    c.true(all(cell["execution_count"] for cell in code_cells), f"{what}: every code cell ran")
    html = "".join("".join(o.get("data", {}).get("text/html", "")) for o in outputs)
    best = best_connected(json_path)
    c.true(best.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html,
           f"{what}: the table shows the best-connected entity {best!r}")
    c.true(sum(1 for o in outputs if "image/png" in o.get("data", {})) >= 2, f"{what}: the plots were drawn")


def main():
    args = common.parse_args(sys.argv[1:])
    c = common.Checker("notebook")
    with common.tempdir() as tmp:
        d, _ = common.fixture(args["fixture"], tmp)
        execute(c, args["notebook"], os.path.join(d, "graph.json"), os.path.join(d, "csv"),
                os.path.join(tmp, "fixture.ipynb"), "fixture")
        real = common.real_db(args["cli"], args["samples"], tmp)
        if real:
            _, out, _ = real
            execute(c, args["notebook"], os.path.join(out, "graph.json"), os.path.join(out, "csv"),
                    os.path.join(tmp, "real.ipynb"), "real")
    return c.finish()


if __name__ == "__main__":
    sys.exit(main())
