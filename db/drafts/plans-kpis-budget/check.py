#!/usr/bin/env python3
"""Self-check of the plans/KPIs/budget drafts (standard library only).  Run: python3 check.py"""
import csv
import io
import glob
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = "/work/shared/seeds"
FILES = ["documents.csv", "plan_nodes.csv", "kpi_definitions.csv", "kpi_method_versions.csv", "kpi_targets.csv",
         "kpi_results.csv", "budget_lines.csv", "budget_checks.csv"]
PROV = ["document", "locator", "quality", "uncertain", "note"]
errors = []
stats = Counter()


def err(msg):
    errors.append(msg)


def seed_lines(seed):
    if seed not in seed_lines.cache:
        p = glob.glob(os.path.join(SEEDS, seed.split("-")[1] + "_*.txt"))
        if len(p) != 1:
            err("seed file for %s not found" % seed)
            seed_lines.cache[seed] = [""]
        else:
            with open(p[0], encoding="utf-8") as f:
                seed_lines.cache[seed] = [""] + f.read().split("\n")
    return seed_lines.cache[seed]


seed_lines.cache = {}


def ranges(locator):
    out = []
    for part in locator.split(";"):
        m = re.fullmatch(r"L(\d+)(?:-L(\d+))?", part.strip())
        if not m:
            return None
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        out.append((a, b))
    return out


def cited_text(seed, locator, where):
    rs = ranges(locator)
    if rs is None:
        err("%s: bad locator %r" % (where, locator))
        return None
    L = seed_lines(seed)
    chunks = []
    for a, b in rs:
        if not (1 <= a <= b < len(L)):
            err("%s: locator %s outside %s (1..%d)" % (where, locator, seed, len(L) - 1))
            return None
        chunks.extend(L[a:b + 1])
    return "".join(chunks)


def nows(s):
    return re.sub(r"\s+", "", s)


def read(name):
    path = os.path.join(HERE, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: has a BOM" % name)
    text = raw.decode("utf-8")
    if "\r" in text:
        err("%s: contains CR characters" % name)
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    for h in header:
        if not re.fullmatch(r"[a-z][a-z0-9_]*", h):
            err("%s: header %r is not snake_case" % (name, h))
    if len(set(header)) != len(header):
        err("%s: duplicate header names" % name)
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(header):
            err("%s row %d: %d fields, header has %d" % (name, i, len(r), len(header)))
    data = [dict(zip(header, r)) for r in rows[1:]]
    stats[name] = len(data)
    if True:
        for p in PROV:
            if p not in header:
                err("%s: provenance column %s missing" % (name, p))
    for i, r in enumerate(data, start=2):
        if r.get("quality") not in ("PUBLISHED", "DERIVED"):
            err("%s row %d: quality %r" % (name, i, r.get("quality")))
        if r.get("uncertain") not in ("true", "false"):
            err("%s row %d: uncertain %r" % (name, i, r.get("uncertain")))
        if not re.fullmatch(r"seed-00[0-4]", r.get("document", "")):
            err("%s row %d: document %r" % (name, i, r.get("document")))
        elif cited_text(r["document"], r["locator"], "%s row %d" % (name, i)) is None:
            pass
    return header, data


def num(printed):
    z = str.maketrans("０１２３４５６７８９", "0123456789")
    s = printed.translate(z).replace(",", "").replace(" ", "")
    if s in ("", "-", "－", "―"):
        return None
    neg = s[0] in "▲△"
    s = s.lstrip("▲△+＋")
    return -Decimal(s) if neg else Decimal(s)


def check_printed(name, data, extra_loc=None):
    for i, r in enumerate(data, start=2):
        pv = r.get("printed_value", "")
        if not pv:
            continue
        t = cited_text(r["document"], r["locator"], "%s row %d" % (name, i))
        if t is None:
            continue
        if nows(pv) not in nows(t):
            err("%s row %d: printed_value %r not found on %s %s" % (name, i, pv, r["document"], r["locator"]))
        else:
            stats[name + ":printed_value_verified"] += 1


def main():
    D = {n: read(n) for n in FILES}
    docs = {r["document_code"]: r for r in D["documents.csv"][1]}
    kdefs = {r["kpi_code"]: r for r in D["kpi_definitions.csv"][1]}
    # documents
    for r in D["documents.csv"][1]:
        if r["document_code"].split("/")[0] != r["document"]:
            err("documents: %s seed mismatch" % r["document_code"])
        if r["title_ja"] and r["title_locator"]:
            t = cited_text(r["document"], r["title_locator"], "documents " + r["document_code"])
            if t is not None and nows(r["title_ja"]) not in nows(t):
                err("documents: title of %s not found on %s" % (r["document_code"], r["title_locator"]))
    # plan nodes
    nodes = D["plan_nodes.csv"][1]
    codes = Counter(r["node_code"] for r in nodes)
    for c, n in codes.items():
        if n > 1:
            err("plan_nodes: duplicate node_code %s" % c)
    bycode = {r["node_code"]: r for r in nodes}
    for i, r in enumerate(nodes, start=2):
        if r["document_code"] not in docs:
            err("plan_nodes row %d: unknown document_code" % i)
        if r["parent_code"]:
            p = bycode.get(r["parent_code"])
            if p is None:
                err("plan_nodes row %d: parent_code %s missing" % (i, r["parent_code"]))
            elif p["document_code"] != r["document_code"] or int(p["depth"]) + 1 != int(r["depth"]):
                err("plan_nodes row %d: parent in another document or depth mismatch" % i)
        elif r["depth"] != "1":
            err("plan_nodes row %d: root with depth %s" % (i, r["depth"]))
        for f in r["flags"].split():
            if f not in ("IMPORTANCE_HIGH", "DIFFICULTY_HIGH", "NEW", "EXPANDED"):
                err("plan_nodes row %d: bad flag %s" % (i, f))
        if ("IMPORTANCE_HIGH" in r["flags"].split()) != bool(r["importance_reason_ja"]):
            err("plan_nodes row %d: IMPORTANCE_HIGH flag/reason mismatch" % i)
        if ("DIFFICULTY_HIGH" in r["flags"].split()) != bool(r["difficulty_reason_ja"]):
            err("plan_nodes row %d: DIFFICULTY_HIGH flag/reason mismatch" % i)
        if not r["title_en"]:
            err("plan_nodes row %d: empty title_en" % i)
        # title printed on the heading lines; body / reason lines printed within the node's locator
        t = cited_text(r["document"], r["heading_locator"], "plan_nodes row %d" % i)
        if t is not None and nows(r["title_ja"]) not in nows(t):
            err("plan_nodes row %d: title_ja not found on %s %s" % (i, r["document"], r["heading_locator"]))
        whole = nows(cited_text(r["document"], r["locator"], "plan_nodes row %d" % i) or "")
        for col in ("body_ja", "importance_reason_ja", "difficulty_reason_ja"):
            for ln in r[col].split("\n"):
                if ln and nows(ln) not in whole:
                    err("plan_nodes row %d: %s line not found in locator range: %r" % (i, col, ln[:40]))
        stats["plan_nodes:titles_verified"] += 1
    # kpi tables
    for name in ("kpi_method_versions.csv", "kpi_targets.csv", "kpi_results.csv"):
        for i, r in enumerate(D[name][1], start=2):
            if r["kpi_code"] not in kdefs:
                err("%s row %d: unknown kpi_code %s" % (name, i, r["kpi_code"]))
            if "document_code" in r and r["document_code"] not in docs:
                err("%s row %d: unknown document_code %s" % (name, i, r["document_code"]))
            if "document_code" in r and r["document_code"].split("/")[0] != r["document"]:
                err("%s row %d: document_code and document disagree" % (name, i))
    for i, r in enumerate(D["kpi_targets.csv"][1], start=2):
        if r["comparator"] not in ("GTE", "LTE", "EQ", ""):
            err("kpi_targets row %d: comparator" % i)
        if r["rule_type"] not in ("ABSOLUTE", "PRIOR_YEAR", "PRIOR_YEAR_END", "AVERAGE_3Y", "MAX_PRIOR_OR_AVERAGE_3Y",
                                  "INCREMENT", "AS_OF_DATE", "ALL_BRANCHES_THRESHOLD", "QUALITATIVE", "NOT_SET"):
            err("kpi_targets row %d: rule_type %s" % (i, r["rule_type"]))
        if r["rule_type"] not in ("QUALITATIVE", "NOT_SET") and not r["comparator"]:
            err("kpi_targets row %d: comparator missing" % i)
    keys = Counter((r["document_code"], r["org_unit"], r["fiscal_year"], r["kpi_code"]) for r in D["kpi_targets.csv"][1])
    for k, n in keys.items():
        if n > 1:
            err("kpi_targets: %d rows for %s" % (n, k))
    check_printed("kpi_targets.csv", D["kpi_targets.csv"][1])
    check_printed("kpi_results.csv", D["kpi_results.csv"][1])
    for i, r in enumerate(D["kpi_results.csv"][1], start=2):
        v = num(r["printed_value"]) if re.fullmatch(r"[+＋▲△]?[0-9,.０-９ ]+", r["printed_value"]) else None
        if v is not None and Decimal(r["value"]) != v:
            err("kpi_results row %d: value %s != printed %s" % (i, r["value"], r["printed_value"]))
        if r["attainment_published"] not in ("", "達成", "概ね達成", "未達成", "〇", "×", "－"):
            err("kpi_results row %d: attainment %r" % (i, r["attainment_published"]))
        if r["attainment_published"] and not r["attainment_group"]:
            err("kpi_results row %d: attainment without group" % i)
    # seed-004 count: one printed mark per attainment group
    marks = {}
    for r in D["kpi_results.csv"][1]:
        if r["document"] == "seed-004" and r["attainment_published"]:
            g = r["attainment_group"]
            if g in marks and marks[g] != r["attainment_published"]:
                err("kpi_results: group %s has two different marks" % g)
            marks[g] = r["attainment_published"]
    cnt = Counter(marks.values())
    stats["seed-004 KPIs"] = len(marks)
    stats["seed-004 達成/概ね達成/未達成"] = "%d/%d/%d" % (cnt["達成"], cnt["概ね達成"], cnt["未達成"])
    if (len(marks), cnt["達成"], cnt["概ね達成"], cnt["未達成"]) != (19, 10, 1, 8):
        err("seed-004 attainment count is %d KPIs %s, expected 19 = 10/1/8" % (len(marks), dict(cnt)))
    # budget
    lines = D["budget_lines.csv"][1]
    factor = {"百万円": Decimal(10) ** 6, "億円": Decimal(10) ** 8, "千円": Decimal(10) ** 3, "円": Decimal(1)}
    codes = {r["line_code"] for r in lines}
    seen = Counter((r["line_code"], r["fiscal_year"], r["amount_kind"]) for r in lines)
    for k, n in seen.items():
        if n > 1:
            err("budget_lines: duplicate %s" % (k,))
    for i, r in enumerate(lines, start=2):
        if r["document_code"] not in docs:
            err("budget_lines row %d: unknown document_code" % i)
        if r["parent_line_code"] and r["parent_line_code"] not in codes:
            err("budget_lines row %d: parent_line_code %s missing" % (i, r["parent_line_code"]))
        pv = r["printed_value"]
        v = num(pv) if pv else None
        if v is None:
            if r["value"] != "":
                err("budget_lines row %d: value without a printed amount" % i)
        elif Decimal(r["value"]) != v * factor[r["printed_unit"]]:
            err("budget_lines row %d: value %s != %s x %s" % (i, r["value"], pv, r["printed_unit"]))
        if pv in ("-", "－", "―") and r["value"] != "":
            err("budget_lines row %d: '-' stored with a value" % i)
    check_printed("budget_lines.csv", lines)
    # independent recomputation of every parent-children sum
    by = defaultdict(dict)
    kids = defaultdict(list)
    for r in lines:
        if r["amount_kind"]:
            by[r["line_code"]][(r["amount_kind"], r["fiscal_year"])] = r
        if r["parent_line_code"] and r["line_code"] not in kids[r["parent_line_code"]]:
            kids[r["parent_line_code"]].append(r["line_code"])

    def contrib(code, key):
        out = []
        for k in kids.get(code, []):
            if key in by.get(k, {}):
                out.append(by[k][key])
            else:
                out.extend(contrib(k, key))
        return out

    listed = {(r["line_code"], r["amount_kind"], r["fiscal_year"]): r for r in D["budget_checks.csv"][1]}
    n_ok = n_disc = 0
    for code, amts in list(by.items()):
        for key, r in amts.items():
            if key[0] == "CHANGE_DRIVER":
                continue
            cs = contrib(code, key)
            if not cs:
                continue
            tot = Decimal(r["value"] or 0)
            s = sum((Decimal(c["value"]) for c in cs if c["value"]), Decimal(0))
            chk = listed.get((code, key[0], key[1]))
            if tot == s:
                n_ok += 1
                if chk is not None and chk["status"] != "OK":
                    err("budget: %s %s sums but budget_checks says %s" % (code, key, chk["status"]))
            else:
                n_disc += 1
                if chk is None or chk["status"] != "DISCREPANCY" or Decimal(chk["difference"]) != tot - s:
                    err("budget: %s %s children sum %s != printed %s and not listed in budget_checks" % (code, key, s, tot))
    stats["budget sums OK"] = n_ok
    stats["budget sums listed as DISCREPANCY"] = n_disc
    if len(listed) != n_ok + n_disc:
        err("budget_checks has %d rows, recomputation found %d parents" % (len(listed), n_ok + n_disc))
    check_printed("budget_checks.csv", D["budget_checks.csv"][1])
    # report
    for k in FILES:
        print("%-26s %5d rows, header %d columns" % (k, stats[k], len(D[k][0])))
    for k, v in stats.items():
        if k not in FILES:
            print("%-45s %s" % (k, v))
    unc = sum(1 for n in FILES for r in D[n][1] if r["uncertain"] == "true")
    print("rows marked uncertain: %d" % unc)
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:200]:
            print("  - " + e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
