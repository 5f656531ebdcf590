#!/usr/bin/env python3
"""Copies replay scenarios with the config a new user would write: each entity's first two names
and each topic's first three keywords (issue 9's "natural" variant of the stories).

    python3 scripts/natural-scenarios.py ../shared/scenarios /tmp/natural-scenarios
    python3 ../shared/tools/replay.py --claimwatch .build/release/claimwatch /tmp/natural-scenarios/*/
"""
import json, shutil, sys
from pathlib import Path

if len(sys.argv) != 3:
    print(__doc__)
    sys.exit(2)
source, target = Path(sys.argv[1]), Path(sys.argv[2])
if target.exists():
    shutil.rmtree(target)
for scenario in sorted(p for p in source.iterdir() if (p / "scenario.json").exists()):
    copy = target / scenario.name
    shutil.copytree(scenario, copy)
    spec = json.loads((copy / "scenario.json").read_text())
    for entity in spec["entities"]:
        entity["names"] = entity["names"][:2]
    for topic in spec["topics"]:
        topic["keywords"] = topic["keywords"][:3]
    (copy / "scenario.json").write_text(json.dumps(spec, indent=2, ensure_ascii=False))
    print(f"{copy}: {len(spec['entities'])} entities, {len(spec['topics'])} topics")
