"""Shared helpers for the plans/KPIs/budget extraction (standard library only)."""
import csv
import glob
import io
import os
import re

SEED_DIR = "/work/shared/seeds"
OUT_DIR = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

_seed_cache = {}


def seed_path(seed):
    """seed: 'seed-000' .. 'seed-004' -> path of the seed text file."""
    num = seed.split("-")[1]
    paths = glob.glob(os.path.join(SEED_DIR, num + "_*.txt"))
    assert len(paths) == 1, (seed, paths)
    return paths[0]


def seed_lines(seed):
    """1-based list: lines[0] is a dummy, lines[n] is line n (without newline)."""
    if seed not in _seed_cache:
        with open(seed_path(seed), encoding="utf-8") as f:
            text = f.read()
        _seed_cache[seed] = [""] + text.split("\n")
    return _seed_cache[seed]


def line(seed, n):
    return seed_lines(seed)[n]


def loc(a, b=None):
    if b is None or b == a:
        return "L%d" % a
    return "L%d-L%d" % (a, b)


def parse_locator(s):
    """'L12' -> [(12,12)], 'L12-L20' -> [(12,20)], 'L12-L20;L30' -> several ranges."""
    out = []
    for part in s.split(";"):
        part = part.strip()
        m = re.fullmatch(r"L(\d+)(?:-L(\d+))?", part)
        if not m:
            raise ValueError("bad locator %r" % s)
        a = int(m.group(1))
        b = int(m.group(2) or a)
        out.append((a, b))
    return out


def write_csv(name, header, rows):
    path = os.path.join(OUT_DIR, name)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        missing = [h for h in header if h not in r]
        extra = [k for k in r if k not in header]
        if missing or extra:
            raise ValueError("%s: row %r missing %r extra %r" % (name, r.get(header[0]), missing, extra))
        w.writerow(["" if r[h] is None else fmt(r[h]) for h in header])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    return len(rows)


def fmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        s = repr(v)
        if "e" in s or "E" in s:
            s = "%.12f" % v
        if "." in s:
            s = s.rstrip("0").rstrip(".")
        return s
    return str(v)


ZEN = str.maketrans("０１２３４５６７８９，．", "0123456789,.")


def to_number(printed):
    """Printed numeric text -> plain decimal string ('' for '-', '－', '―', '')."""
    s = printed.strip().translate(ZEN).replace(",", "").replace(" ", "")
    if s in ("", "-", "－", "―", "—"):
        return ""
    neg = False
    if s[0] in "▲△":
        neg = True
        s = s[1:]
    elif s[0] in "+＋":
        s = s[1:]
    if not re.fullmatch(r"\d+(\.\d+)?", s):
        raise ValueError("not a number: %r" % printed)
    return ("-" if neg else "") + s


def dec_mul(numstr, factor):
    """Multiply a decimal string by an integer factor exactly (returns plain decimal string)."""
    if numstr == "":
        return ""
    from decimal import Decimal
    d = Decimal(numstr) * Decimal(factor)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


UNIT_FACTOR = {"百万円": 1000000, "億円": 100000000, "千円": 1000, "円": 1}
