#!/usr/bin/env python3
"""Claims-stage speed on one core (OPENBLAS_NUM_THREADS=1): the dev passages of
../shared/bench/claims repeated into one long text, read three ways with `inspect --as text`:

  - without a config (extraction and sentences only: the baseline);
  - with the first case's topic but entities that never occur (every sentence is tokenized,
    matched and filtered, none reaches the model: the cheap path);
  - with the first case's topic and entities (candidates go to the stance model).

The difference to the baseline is the claims step. Pairs/s is the model's throughput over the
candidates `--explain` counts.

    python3 scripts/claims-speed.py [--claimwatch .build/release/claimwatch] [--repeat 40]
"""
import argparse, json, os, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("--claimwatch", default=".build/release/claimwatch")
parser.add_argument("--cases", default=os.path.join(os.path.dirname(__file__), "../../shared/bench/claims/dev.jsonl"))
parser.add_argument("--repeat", type=int, default=40)
args = parser.parse_args()

cases = [json.loads(line) for line in open(args.cases)]
work = tempfile.mkdtemp(prefix="claims-speed-")
text = os.path.join(work, "big.txt")
with open(text, "w") as f:
    f.write("\n\n".join(c["text"] for c in cases * args.repeat))
first = cases[0]
env = dict(os.environ, OPENBLAS_NUM_THREADS="1")

def config(name, entities):
    path = os.path.join(work, name)
    with open(path, "w") as f:
        json.dump({"database": os.path.join(work, "x.sqlite"), "sources": [], "topics": [first["topic"]],
                   "entities": entities, "alerts": []}, f)  # JSON is YAML
    return path

def best(command, runs=3):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
        times.append(time.perf_counter() - start)
    return min(times), out

base = [args.claimwatch, "inspect", text, "--as", "text", "--format", "json"]
without, out = best(base)
sentences = len(json.loads(out)["sentences"])
absent = [{"id": "absent", "names": ["Qorvalith Zenthrop"]}]
cheap, _ = best(base + ["--config", config("absent.yaml", absent)])
full, out = best(base + ["--config", config("full.yaml", first["entities"]), "--explain"], runs=1)
pairs = sum(len(s["candidates"]) for s in json.loads(out)["explain"]["sentences"])
empty = os.path.join(work, "empty.txt")
open(empty, "w").write("\n")
model_load, _ = best([args.claimwatch, "inspect", empty, "--as", "text", "--format", "json", "--config",
                      config("load.yaml", absent)])
print(f"{sentences} sentences ({len(cases) * args.repeat} passages)")
print(f"baseline (no config):        {without:.2f} s")
print(f"no candidate (cheap path):   {cheap:.2f} s  -> claims step {sentences / max(1e-9, cheap - without):,.0f} sentences/s "
      f"(includes {model_load:.2f} s of process start and model load)")
print(f"with candidates:             {full:.2f} s  -> {pairs} pairs, {pairs / max(1e-9, full - cheap):,.1f} pairs/s on one core; "
      f"{(full - without) / (len(cases) * args.repeat) * 1000:.1f} ms per passage")
