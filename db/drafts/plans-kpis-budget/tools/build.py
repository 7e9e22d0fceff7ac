"""Writes every CSV of this folder from the specs in this directory.  Run: python3 tools/build.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import write_csv, loc, OUT_DIR  # noqa: E402
import plans_auto  # noqa: E402
import plans_manual  # noqa: E402
import kpis  # noqa: E402
import budget  # noqa: E402

H, S = "HEALTH_INSURANCE", "SEAFARERS_INSURANCE"

# code, seed, kind, scheme, org, fy, title_ja, subtitle_ja, title_en, locator, title_locator, node_prefix, note
DOCUMENTS = [
    ("seed-000/hq-basic-policy-2025", "BASIC_POLICY", H, "00", 2025, "令和７年度全国健康保険協会 本部 事業計画基本方針", "",
     "FY2025 HQ basic policy for the business plan (Japan Health Insurance Association)", "L1-L135", "L1", "BPOL",
     "Pages 1-1 to 1-4 of the Nagano packet; the title is repeated at the top of each page (L1, L39, L75, L104)."),
    ("seed-000/nagano-business-plan-2025", "BUSINESS_PLAN", H, "20", 2025, "令和７年度長野支部事業計画", "",
     "FY2025 Nagano branch business plan", "L136-L653", "L642", "BP", "Title printed once, on page (2-17) (L642)."),
    ("seed-000/kpi-table-2025", "KPI_TABLE", H, "20", 2025, "事業計画［ＫＰＩ］重点業績評価指標※Key Performance Indicator", "令和7年度 協会事業計画 令和7年度 支部事業計画 令和6年度 支部事業計画",
     "Business-plan KPI table: national FY2025 vs Nagano FY2025 vs Nagano FY2024", "L657-L847", "L657", "KPIT",
     "Three interleaved columns; the first column is the national (協会) plan, so its targets carry org_unit 00."),
    ("seed-000/national-budget-2025", "BUDGET", H, "00", 2025, "協会全体健康保険勘定予算（業務経費及び一般管理費内訳）", "１．令和７年度業務経費及び一般管理費予算の総額",
     "Association-wide Health Insurance Account budget FY2025: operating and general administrative expenses", "L848-L932", "L848", "HB", ""),
    ("seed-000/nagano-programme-budget-2025", "PROGRAMME_BUDGET", H, "20", 2025, "長野支部保険者機能強化予算枠と主要事業", "",
     "Nagano branch insurer-function strengthening budget frame and main projects (FY2025 request vs FY2024 budget)", "L933-L1046", "L969", "NPB",
     "The two tables are printed in reverse order around the title (L969)."),
    ("seed-001/health-business-plan-2024", "BUSINESS_PLAN", H, "00", 2024, "事業計画（健康保険事業関係）", "",
     "FY2024 national business plan (health insurance business)", "L1-L985", "L34", "BP",
     "Title taken from the running header (L34); FY2024 from 令和６年度 (L16, L22). Excerpt of a larger bound document."),
    ("seed-001/health-kpi-list-2024", "KPI_TABLE", H, "00", 2024, "令和６年度事業計画（健康保険事業関係） KPI 一覧表", "",
     "FY2024 business plan (health insurance) KPI list, with FY2022 year-end reference values", "L986-L1195", "L986", "KPIL", ""),
    ("seed-001/seafarers-business-plan-2024", "BUSINESS_PLAN", S, "00", 2024, "事業計画（船員保険事業関係）", "",
     "FY2024 seafarers' insurance business plan", "L1196-L1806", "L1228", "SBP", "Title taken from the running header (L1228)."),
    ("seed-001/seafarers-kpi-list-2024", "KPI_TABLE", S, "00", 2024, "令和６年度事業計画（船員保険事業関係）KPI 一覧表", "",
     "FY2024 seafarers' insurance KPI list, with current-status (現状) values", "L1807-L1984", "L1807", "SKPIL", ""),
    ("seed-001/budget-general-provisions-2024", "BUDGET_PROVISIONS", H, "00", 2024, "１．予算総則", "",
     "FY2024 general budget provisions (both accounts): multi-year obligations, transfer and carry-over limits", "L1985-L2066", "L1985", "BGP",
     "Applies to the association as a whole (both accounts); scheme set to HEALTH_INSURANCE for want of a joint value."),
    ("seed-001/health-account-budget-2024", "BUDGET", H, "00", 2024, "２．収入支出予算（令和６年 4 月 1 日～令和７年 3 月 31 日）", "〔健康保険勘定〕",
     "FY2024 revenue and expenditure budget, Health Insurance Account", "L2069-L2184", "L2069-L2073", "HA", ""),
    ("seed-001/seafarers-account-budget-2024", "BUDGET", S, "00", 2024, "２．収入支出予算（令和６年 4 月 1 日～令和７年 3 月 31 日）", "〔船員保険勘定〕",
     "FY2024 revenue and expenditure budget, Seafarers' Insurance Account", "L2185-L2302", "L2069", "SA",
     "The main title (L2069) is printed once above both accounts; subtitle at L2185."),
    ("seed-002/mie-business-plan-2025", "BUSINESS_PLAN", H, "24", 2025, "", "",
     "FY2025 Mie branch business plan (draft; no title survives in the extraction)", "L1-L1165", "", "BP",
     "No cover or title in the extraction; Mie from 三重実績/三重KPI (e.g. L79); FY2025 from 令和7年度 KPI (L1175)."),
    ("seed-002/mie-priority-issues-2025", "PRIORITY_ISSUES", H, "24", 2025, "三重支部の重点課題と取組について", "",
     "Mie branch priority issues and initiatives (FY2025)", "L1169-L1499", "L1169", "PI", ""),
    ("seed-002/mie-programme-budget-2025", "PROGRAMME_BUDGET", H, "24", 2025, "令和7年度支部保険者機能強化予算（案）", "",
     "FY2025 Mie branch insurer-function strengthening budget (draft)", "L1500-L1685", "L1500", "MPB", "Draft (案); amounts are estimates (見込み)."),
    ("seed-003/yamanashi-goal-attainment-2024", "GOAL_ATTAINMENT", H, "19", 2024, "令和6年度目標達成状況", "",
     "Yamanashi branch FY2024 goal-attainment status", "L1-L69", "L1", "GA", "Printed with a leading ◆ (L1)."),
    ("seed-003/yamanashi-business-results-2024", "BUSINESS_REPORT", H, "19", 2024, "令和６年度 事業結果", "",
     "Yamanashi branch FY2024 business results and FY2025 initiatives", "L73-L1552", "L649", "BR",
     "Title printed on the group cover pages (L649, L1207, L1390); pages 2-16 carry no cover."),
    ("seed-004/national-business-report-2024", "BUSINESS_REPORT", H, "00", 2024, "令和６年度事業報告書（協会けんぽ2024）【概要版】", "",
     "FY2024 business report (Kyokai Kenpo 2024), summary edition (draft, material 1-8)", "L1-L1167", "L2-L5", "BR",
     "Title joined from three lines (L2, L3, L5); marked （案） (L9) and 資料１－８ (L11)."),
    ("seed-004/national-kpi-attainment-2024", "GOAL_ATTAINMENT", H, "00", 2024, "協会全体の重要業績評価指標（KPI）の達成状況", "",
     "Attainment of the association-wide KPIs, FY2024 (19 KPIs: 10 achieved, 1 broadly achieved, 8 not achieved)", "L893-L1162", "L895", "KPIA", ""),
]

PLAN_SOURCES = [
    ("seed-000/hq-basic-policy-2025", plans_auto.hq_basic_policy),
    ("seed-000/nagano-business-plan-2025", plans_auto.nagano),
    ("seed-001/health-business-plan-2024", plans_auto.health_2024),
    ("seed-001/seafarers-business-plan-2024", plans_auto.seafarers_2024),
    ("seed-002/mie-business-plan-2025", plans_manual.mie_plan),
    ("seed-002/mie-priority-issues-2025", plans_manual.mie_priorities),
    ("seed-003/yamanashi-goal-attainment-2024", plans_manual.yamanashi_goals),
    ("seed-003/yamanashi-business-results-2024", plans_manual.yamanashi_results),
    ("seed-004/national-business-report-2024", plans_manual.business_report_2024),
]


def load_titles():
    t = {}
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "titles_en.tsv"), encoding="utf-8") as f:
        for ln in f:
            ja, en = ln.rstrip("\n").split("\t")
            t[ja] = en
    return t


def plan_rows():
    titles = load_titles()
    docs = {d[0]: d for d in DOCUMENTS}
    rows = []
    for code, fn in PLAN_SOURCES:
        d = docs[code]
        seed = code.split("/")[0]
        prefix = "%d-%s-%s" % (d[4], d[3], d[10])
        nodes = fn()
        roots = [n for n in nodes if n.parent is None]

        def walk(n, path, depth, sort):
            ncode = prefix + "-" + ".".join(str(p) for p in path)
            lines = [n.head_loc[0], n.head_loc[1]] + [x[0] for x in n.body + n.imp + n.dif]
            flags = []
            if n.imp:
                flags.append("IMPORTANCE_HIGH")
            if n.dif:
                flags.append("DIFFICULTY_HIGH")
            flags += n.extra_flags
            key = n.title.replace(" ", "")
            rows.append(dict(
                document_code=code, node_code=ncode, parent_code=walk.parent_code.get(id(n), ""), depth=depth,
                sort_order=sort, level=n.level, ordinal_label=n.label, title_ja=n.title, title_en=titles[key],
                body_ja="\n".join(t for _, t in n.body),
                flags=" ".join(flags),
                importance_reason_ja="\n".join(t for _, t in n.imp if t),
                difficulty_reason_ja="\n".join(t for _, t in n.dif if t),
                document=seed, locator=loc(min(lines), max(lines)), heading_locator=loc(*n.head_loc),
                quality="PUBLISHED", uncertain=n.uncertain, note=n.note))
            for i, c in enumerate(sorted(n.children, key=lambda x: x.sortpos)):
                walk.parent_code[id(c)] = ncode
                walk(c, path + [i + 1], depth + 1, i + 1)
        walk.parent_code = {}
        for i, r in enumerate(sorted(roots, key=lambda x: x.sortpos)):
            walk(r, [i + 1], 1, i + 1)
    return rows


def main():
    counts = {}
    counts["documents.csv"] = write_csv("documents.csv",
        ["document_code", "document", "kind", "scheme", "org_unit", "fiscal_year", "title_ja", "subtitle_ja", "title_en",
         "locator", "title_locator", "quality", "uncertain", "note"],
        [dict(document_code=d[0], document=d[0].split("/")[0], kind=d[1], scheme=d[2], org_unit=d[3], fiscal_year=d[4],
              title_ja=d[5], subtitle_ja=d[6], title_en=d[7], locator=d[8], title_locator=d[9], quality="PUBLISHED",
              uncertain=False, note=d[11]) for d in DOCUMENTS])
    counts["plan_nodes.csv"] = write_csv("plan_nodes.csv",
        ["document_code", "node_code", "parent_code", "depth", "sort_order", "level", "ordinal_label", "title_ja", "title_en",
         "body_ja", "flags", "importance_reason_ja", "difficulty_reason_ja", "document", "locator", "heading_locator",
         "quality", "uncertain", "note"], plan_rows())
    counts["kpi_definitions.csv"] = write_csv("kpi_definitions.csv",
        ["kpi_code", "scheme", "name_ja", "name_en", "unit", "better_direction", "numerator_ja", "denominator_ja", "scope_note",
         "document", "locator", "quality", "uncertain", "note"],
        [dict(kpi_code=k[0], scheme=k[1], name_ja=k[2], name_en=k[3], unit=k[4], better_direction=k[5], numerator_ja=k[6],
              denominator_ja=k[7], scope_note=k[8], document=k[9], locator=k[10], quality="PUBLISHED", uncertain=False, note="")
         for k in kpis.KPI_DEFS])
    counts["kpi_method_versions.csv"] = write_csv("kpi_method_versions.csv",
        ["kpi_code", "version_no", "valid_from_fy", "valid_to_fy", "definition_ja", "definition_en", "document", "locator",
         "quality", "uncertain", "note"],
        [dict(kpi_code=m[0], version_no=m[1], valid_from_fy=m[2], valid_to_fy=m[3], definition_ja=m[4], definition_en=m[5],
              document=m[6], locator=m[7], quality="PUBLISHED", uncertain=m[8], note=m[9]) for m in kpis.METHOD_VERSIONS])
    targets, results = kpis.build_all()
    counts["kpi_targets.csv"] = write_csv("kpi_targets.csv",
        ["target_id", "document_code", "org_unit", "fiscal_year", "kpi_code", "comparator", "rule_type", "threshold",
         "printed_value", "printed_unit", "as_of_date", "planned_numerator", "planned_denominator", "target_branch_count",
         "kpi_status", "document", "locator", "quality", "uncertain", "note"], targets)
    counts["kpi_results.csv"] = write_csv("kpi_results.csv",
        ["result_id", "document_code", "org_unit", "scope", "fiscal_year", "data_fy", "period_basis", "period_from_fy",
         "as_of_date", "kpi_code", "value", "printed_value", "printed_unit", "numerator", "denominator",
         "attainment_published", "attainment_group", "attainment_phrase_ja", "document", "locator", "quality",
         "uncertain", "note"], results)
    lines = budget.build_all()
    counts["budget_lines.csv"] = write_csv("budget_lines.csv",
        ["document_code", "account", "scheme", "org_unit", "fiscal_year", "line_code", "parent_line_code", "sort_order", "side",
         "title_ja", "title_en", "description_ja", "is_new", "amount_kind", "printed_value", "printed_unit", "value",
         "document", "locator", "label_locator", "value_locator", "quality", "uncertain", "note"], lines)
    notes = {
        ("HA24-R.TOT", "BUDGET"): "Rounding: （注）計数は四捨五入のため、一部、一致しないことがある (L2184).",
        ("SA24-E.TOT", "BUDGET"): "Rounding: （注２）計数は四捨五入のため、一部、一致しないことがある (L2302).",
        ("SA24-E.02", "BUDGET"): "Rounding (注２, L2302).",
        ("SA24-E.04", "BUDGET"): "Rounding (注２, L2302).",
        ("HB25-T.1", "BUDGET"): "Rounding of 億円 figures printed to one decimal (80.7 + 2,030.8 + 279.1 = 2,390.6 vs 2,391).",
        ("HB25-T.2", "BUDGET"): "Rounding (198.1 + 784.0 = 982.1 vs 982).",
        ("HB25-T.2", "CHANGE_FROM_PREVIOUS"): "Rounding (11.0 + 82.9 = 93.9 vs +94).",
        ("NPB25-C2", "BUDGET"): "Known discrepancy (research notes): listed FY2024 lines 45,098 + annotations 11,716 + 6,945 = 63,759, 58千円 short of the printed 63,817. Unexplained; printed figures kept.",
        ("MPB25-G2", "BUDGET_ESTIMATE"): "Known discrepancy (research notes): 28,998 + 5,210 + 10,921 + 5,481 = 50,610, 87千円 short of the printed 50,697; most likely the amount of 他 (健康ポスターコンクール) did not extract. Printed figures kept.",
        ("NPB25-C1", "BUDGET"): "Includes the annotation 1事業終了 350千円 placed in this table (uncertain).",
    }
    crow = []
    for i, (r, cs, tot, s) in enumerate(budget.sum_checks(lines)):
        diff = tot - s
        crow.append(dict(check_id="BC%03d" % (i + 1), document_code=r["document_code"], line_code=r["line_code"],
                         title_ja=r["title_ja"], fiscal_year=r["fiscal_year"], amount_kind=r["amount_kind"],
                         printed_value=r["printed_value"], printed_unit=r["printed_unit"], printed_total=r["value"],
                         children_sum=format(s, "f"), difference=format(diff, "f"), children_count=len(cs),
                         children_line_codes=" ".join(c["line_code"] for c in cs),
                         status="OK" if diff == 0 else "DISCREPANCY", document=r["document"], locator=r["locator"],
                         quality="DERIVED", uncertain=r["uncertain"] or any(c["uncertain"] for c in cs),
                         note=notes.get((r["line_code"], r["amount_kind"]), "")))
    counts["budget_checks.csv"] = write_csv("budget_checks.csv",
        ["check_id", "document_code", "line_code", "title_ja", "fiscal_year", "amount_kind", "printed_value", "printed_unit",
         "printed_total", "children_sum", "difference", "children_count", "children_line_codes", "status", "document",
         "locator", "quality", "uncertain", "note"], crow)
    for k, v in counts.items():
        print("%-26s %5d rows" % (k, v))


if __name__ == "__main__":
    main()
