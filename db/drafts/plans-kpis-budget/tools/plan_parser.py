"""Semi-automatic plan-tree parser for the regularly laid-out plans (seed 000 Nagano, seed 001).

Headings are recognised by printed ordinal patterns; page furniture is removed; the text under a
heading is split into body text, 【重要度：高】 reason and 【困難度：高】 reason.  Reasons and ■ lines
(KPI and planning-volume lines) printed after sub-measures are attached to the nearest ancestor
that is a "flag holder" (rank <= attach_rank, or listed explicitly); see README.
"""
import re

from common import seed_lines

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳➀➁➂➃➄➅➆➇➈➉"
ROMAN_UP = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩΙ"
ROMAN_LO = "ⅰⅱⅲⅳⅴⅵⅶⅷⅸⅹ"

PATTERNS = [
    # (rank, regex with groups label,title)
    (1, re.compile(r"^\s*(（[１-９1-9]）)\s*(.+?)\s*$")),
    (2, re.compile(r"^\s*([" + ROMAN_UP + r"]）)\s*(.+?)\s*$")),
    (2, re.compile(r"^\s*([○〇])\s*(.+?)\s*$")),
    (3, re.compile(r"^\s*([" + CIRCLED + r"])\s*(.+?)\s*$")),
    (4, re.compile(r"^\s*([" + ROMAN_LO + r"]）)\s*(.+?)\s*$")),
    (5, re.compile(r"^\s*()（(被保険者|被扶養者|共通|生活習慣病予防健診|船員手帳健康証明書データ取得|被扶養者の特定健診)）\s*$")),
]


def find_headings(seed, start, end, exclude=(), extra=None):
    """Return list of (line_no, rank, label, title) for candidate headings in [start, end]."""
    L = seed_lines(seed)
    out = []
    for n in range(start, end + 1):
        if n in exclude:
            continue
        if extra and n in extra:
            out.append((n,) + extra[n])
            continue
        s = L[n]
        for rank, pat in PATTERNS:
            m = pat.match(s)
            if m:
                out.append((n, rank, m.group(1), m.group(2)))
                break
    return out


def classify(seed, start, end, junk, replace):
    """Yield (line_no, text, state) for non-blank, non-junk lines in [start, end]."""
    L = seed_lines(seed)
    for n in range(start, end + 1):
        if n in junk:
            continue
        s = replace.get(n, L[n])
        t = s.strip()
        if not t:
            continue
        yield n, t


class Node:
    def __init__(self, key, rank, label, title, head_loc, sortpos, level, flag_holder=False):
        self.key = key
        self.rank = rank
        self.label = label
        self.title = title
        self.head_loc = head_loc  # (a, b)
        self.sortpos = sortpos
        self.level = level
        self.flag_holder = flag_holder
        self.parent = None
        self.children = []
        self.body = []   # (line, text)
        self.imp = []
        self.dif = []
        self.extra_flags = []
        self.note = ""
        self.uncertain = False


LEVEL_BY_RANK = {0: "ROOT", 1: "AREA", 2: "GROUP", 3: "MEASURE", 4: "SUB_MEASURE", 5: "TARGET_GROUP", 6: "ACTION"}


def build_tree(seed, start, end, manual, exclude=(), title_override=None, junk=(), junk_re=None,
               replace=None, attach_rank=3, flag_holders=(), flag_override=None, stop_lines=()):
    """manual: list of dicts {pos, rank, label, title, head:(a,b)} inserted into the heading sequence.
    title_override: {line: (title, last_line_of_title)}.
    flag_override: {marker_line: heading_line_or_manual_pos} to attach a reason/KPI block explicitly.
    stop_lines: lines after which content is ignored (e.g. start of a KPI list)."""
    L = seed_lines(seed)
    replace = replace or {}
    title_override = title_override or {}
    flag_override = flag_override or {}
    heads = []
    for (n, rank, label, title) in find_headings(seed, start, end, exclude=exclude):
        tl = n
        if n in title_override:
            title, tl = title_override[n]
        heads.append(dict(pos=float(n), rank=rank, label=label, title=title, head=(n, tl)))
    for m in manual:
        heads.append(dict(m))
    heads.sort(key=lambda h: h["pos"])
    nodes = []
    stack = []
    for h in heads:
        nd = Node(h["pos"], h["rank"], h["label"], h["title"], h["head"], h["pos"],
                  LEVEL_BY_RANK.get(h["rank"], "NODE"), flag_holder=(h["pos"] in flag_holders))
        nd.note = h.get("note", "")
        nd.uncertain = h.get("uncertain", False)
        while stack and stack[-1].rank >= nd.rank:
            stack.pop()
        if stack:
            nd.parent = stack[-1]
            stack[-1].children.append(nd)
        stack.append(nd)
        nodes.append(nd)
    bykey = {n.key: n for n in nodes}
    head_lines = set()
    for n in nodes:
        for x in range(n.head[0] if False else n.head_loc[0], n.head_loc[1] + 1):
            head_lines.add(x)
    # assign content lines
    cur = None
    state = "body"
    target = None
    hi = 0
    ordered = sorted(nodes, key=lambda n: n.sortpos)
    for ln in range(start, end + 1):
        # advance current heading
        while hi < len(ordered) and ordered[hi].sortpos <= ln:
            cur = ordered[hi]
            hi += 1
            state = "body"
            target = cur
        if cur is None or ln in head_lines or ln in junk or ln in stop_lines:
            continue
        s = replace.get(ln, L[ln]).strip()
        if not s or (junk_re and junk_re.match(s)):
            continue
        if s.startswith("【重要度：高】") or s.startswith("【困難度：高】") or s.startswith("■"):
            state = "imp" if s.startswith("【重要度") else ("dif" if s.startswith("【困難度") else "kpi")
            if ln in flag_override:
                target = bykey[float(flag_override[ln])]
            else:
                target = cur
                while target.parent is not None and not (target.rank <= attach_rank or target.flag_holder):
                    target = target.parent
            if state in ("imp", "dif"):
                rest = s[len("【重要度：高】"):].strip()
                (target.imp if state == "imp" else target.dif).append((ln, None))
                if rest:
                    (target.imp if state == "imp" else target.dif).append((ln, rest))
                continue
        if state == "imp":
            target.imp.append((ln, s))
        elif state == "dif":
            target.dif.append((ln, s))
        elif state == "kpi":
            target.body.append((ln, s))
        else:
            cur.body.append((ln, s))
    return nodes
