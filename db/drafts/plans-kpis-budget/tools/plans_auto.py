"""Plan trees parsed semi-automatically: seed 000 (HQ basic policy, Nagano plan), seed 001 (health, seafarers)."""
import re

from common import seed_lines
from plan_parser import build_tree, Node

JUNK_RE = re.compile(r"^(分野 具体的施策等|１．基盤的保険者機|能の盤石化|２．戦略的保険者機|能の一層の発揮|"
                     r"（２－17）令和７年度長野支部事業計画|３．保険者機能の強|化を支える組織・運営|体制等の整備|"
                     r"事業計画（健康保険事業関係）|事業計画（船員保険事業関係）|\d+)$")


def nagano():
    seed = "seed-000"
    manual = [
        dict(pos=137.0, rank=1, label="１．", title="基盤的保険者機能の盤石化", head=(138, 139),
             note="Area label printed in the left column of each page (L138-L139, repeated L177-L178 etc.); title joined from two lines."),
        dict(pos=299.5, rank=1, label="２．", title="戦略的保険者機能の一層の発揮", head=(458, 459),
             note="Area label printed only at L458-L459 and L521-L522 (and garbled into L396); pages L300-L457 carry no area label, assigned by page order.",
             uncertain=False),
        dict(pos=579.5, rank=1, label="３．", title="保険者機能の強化を支える組織・運営体制等の整備", head=(645, 647),
             note="Area label printed only on the last page (L645-L647); L580-L641 assigned by page order."),
    ]
    replace = {396: "■ KPI：１）生活習慣病予防健診実施率を65.6％以上とする"}
    nodes = build_tree(seed, 136, 653, manual, exclude={513}, junk=set(), junk_re=JUNK_RE,
                       replace=replace, attach_rank=3,
                       flag_override={290: 268, 295: 268})
    return nodes


def hq_basic_policy():
    """Seed 000 L1-L135: ● groups with ・ bullets, area label printed at the foot of each page."""
    seed = "seed-000"
    L = seed_lines(seed)
    nodes = []
    pre = Node(0.5, 1, "", "令和7年度事業計画の位置づけ", (38, 38), 0.5, "PREAMBLE")
    pre.body = [(n, L[n].strip()) for n in (32, 33, 35, 36)]
    pre.note = "Box printed on page 1-1; its heading (L38) comes after its text (L32-L36) in the extraction."
    nodes.append(pre)
    areas = [
        (1.0, "（１）", "基盤的保険者機能", (30, 30), 1, 29, ""),
        (40.0, "（２）", "戦略的保険者機能", (74, 74), 40, 103,
         "Label printed at the foot of page 1-2 (L74); page 1-3 (L75-L103) carries no label and continues area (2) by content."),
        (104.0, "（３）", "組織・運営体制の強化", (135, 135), 104, 134, ""),
    ]
    for pos, lab, title, head, a, b, note in areas:
        an = Node(pos, 1, lab, title, head, pos, "AREA")
        an.note = note or "Area label printed at the foot of its page, after the groups."
        an.uncertain = False
        nodes.append(an)
        grp = None
        bul = None
        for n in range(a, b + 1):
            s = L[n].strip()
            if not s or s.startswith("【主な重点施策】") or s.startswith("（１－") or s == title:
                bul = None if not s else bul
                continue
            if s.startswith("●"):
                grp = Node(float(n), 2, "●", s[1:].strip(), (n, n), float(n), "GROUP")
                grp.parent = an
                an.children.append(grp)
                nodes.append(grp)
                bul = None
                continue
            if grp is None:
                continue
            if s.startswith("・"):
                text = s[1:].strip()
                bul = Node(float(n), 6, "・", text, (n, n), float(n), "ACTION")
                bul.parent = grp
                grp.children.append(bul)
                nodes.append(bul)
                if text.startswith("（拡充）"):
                    bul.extra_flags.append("EXPANDED")
                if text.startswith("（新規）"):
                    bul.extra_flags.append("NEW")
                continue
            if bul is not None:
                # continuation of a bullet broken by the PDF extraction
                bul.title += s
                bul.head_loc = (bul.head_loc[0], n)
    # skip the preamble box lines inside area 1
    return nodes


def health_2024():
    seed = "seed-001"
    manual = [
        dict(pos=1.0, rank=0, label="１．", title="事業計画（健康保険事業関係）について", head=(1, 1)),
        dict(pos=22.0, rank=0, label="２．", title="令和６年度の協会けんぽ運営の基本方針", head=(22, 22)),
        dict(pos=69.0, rank=0, label="３．", title="主な重点施策", head=(69, 69)),
    ]
    title_override = {339: ("本部・支部における医療費・健診データ等の分析結果の活用及び分析能力の向上", 340)}
    nodes = build_tree(seed, 1, 985, manual, exclude={699, 803, 804, 807, 810},
                       title_override=title_override, junk_re=JUNK_RE, attach_rank=3)
    return nodes


def seafarers_2024():
    seed = "seed-001"
    manual = [
        dict(pos=1196.0, rank=0, label="Ι．", title="令和６年度の船員保険運営の基本方針", head=(1196, 1196),
             note="The ordinal is printed with Greek capital iota (Ι), not Roman numeral Ⅰ."),
        dict(pos=1242.0, rank=0, label="Ⅱ．", title="主な重点施策", head=(1242, 1242)),
    ]
    title_override = {1458: ("6 年計画である第３期保健事業実施計画（データヘルス計画）及び第４期特定健康診査等実施計画について、初年度の取組を着実に実施する。", 1459)}
    nodes = build_tree(seed, 1196, 1806, manual, exclude={1336, 1339, 1422, 1489, 1490, 1525},
                       title_override=title_override, junk_re=JUNK_RE, attach_rank=3,
                       flag_holders={1460.0, 1508.0, 1539.0, 1553.0, 1574.0, 1587.0})
    return nodes
