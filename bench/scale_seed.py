#!/usr/bin/env python3
"""Write a scaled copy of a seed folder for the loader benchmark.

    python3 bench/scale_seed.py <seed folder> <output folder> [factor]

Every measure gets factor − 1 copies (code `<code>.xNNN`, its numerator, denominator and weight
renamed the same way, so RATIO and WEIGHTED_MEAN copies roll up like the originals), and every fact
row of every fact file is repeated once per copy under the copy's code. The result is factor × the
shipped fact rows, with the same org units, fiscal years, documents and planning files, so it passes
the loader's validation as the shipped folder does (db/seed/README.md): copies keep their subject, so
each row stays in the file of its subject, with its unit, basis, quality and provenance unchanged.
"""
import csv
import os
import shutil
import sys

FACT_FILES = [
    "membership.csv", "medical_costs.csv", "checkups.csv", "guidance.csv", "incentive_indicators.csv",
    "premium_rates.csv", "branch_finance.csv",
]


def copy_code(code: str, k: int) -> str:
    return f"{code}.x{k:03d}"


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def scale(seed: str, out: str, factor: int) -> int:
    """Writes the scaled folder; returns the number of fact rows written."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(seed):
        if name.endswith(".csv"):
            shutil.copyfile(os.path.join(seed, name), os.path.join(out, name))

    header, measures = read(os.path.join(seed, "measures.csv"))
    copies = []
    for k in range(1, factor):
        for m in measures:
            c = dict(m)
            c["code"] = copy_code(m["code"], k)
            for column in ("numerator", "denominator", "weight"):
                if m.get(column):
                    c[column] = copy_code(m[column], k)
            c["name_en"] = f"{m['name_en']} (bench copy {k})"
            c["name_ja"] = f"{m['name_ja']}（複製{k}）"
            copies.append(c)
    write(os.path.join(out, "measures.csv"), header, measures + copies)

    facts = 0
    for name in FACT_FILES + ["demo_" + f for f in FACT_FILES]:
        path = os.path.join(seed, name)
        if not os.path.exists(path):
            continue
        header, rows = read(path)
        scaled = list(rows)
        for k in range(1, factor):
            for r in rows:
                c = dict(r)
                c["measure"] = copy_code(r["measure"], k)
                scaled.append(c)
        write(os.path.join(out, name), header, scaled)
        facts += len(scaled)
    return facts


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n = scale(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 100)
    print(f"{n} fact rows written to {sys.argv[2]}")
