"""Budget lines (trees per account / fiscal year / org unit) and their sum checks."""
import re
from decimal import Decimal

from common import seed_lines, to_number, dec_mul, UNIT_FACTOR, loc

LINES = []


def add(doc, account, scheme, org, code, parent, title_ja, title_en, amounts, label_lines, unit, side="",
        desc="", is_new=False, unc=False, note="", sort=0):
    """amounts: list of (amount_kind, fiscal_year, printed_value, value_line)."""
    seed = doc.split("/")[0]
    if not amounts:
        amounts = [("", "", "", None)]
    for kind, fy, pv, vl in amounts:
        lines = [x for x in list(label_lines) + ([vl] if vl else []) if x]
        lo, hi = min(lines), max(lines)
        num = to_number(pv) if pv else ""
        LINES.append(dict(
            document_code=doc, account=account, scheme=scheme, org_unit=org, fiscal_year=fy, line_code=code,
            parent_line_code=parent, sort_order=sort, side=side, title_ja=title_ja, title_en=title_en,
            description_ja=desc, is_new=is_new, amount_kind=kind, printed_value=pv,
            printed_unit=unit if pv else "", value=dec_mul(num, UNIT_FACTOR[unit]) if num != "" else "",
            document=seed, locator=loc(lo, hi), label_locator=loc(min(label_lines), max(label_lines)) if label_lines else "",
            value_locator=loc(vl) if vl else "", quality="PUBLISHED", uncertain=unc, note=note))


def account_2024():
    H = ("seed-001/health-account-budget-2024", "HEALTH_ACCOUNT", "HEALTH_INSURANCE", "00")
    S = ("seed-001/seafarers-account-budget-2024", "SEAFARERS_ACCOUNT", "SEAFARERS_INSURANCE", "00")
    pos = "Labels and values are extracted as two separate lists; matched by position (sums confirm the matching)."
    # health account
    tree = [
        ("R", "", "収入", "Revenue", "REVENUE", None, [2077], False, ""),
        ("R.TOT", "R", "計", "Revenue total", "REVENUE", ("12,484,225", 2109), [2090], False, ""),
        ("R.01", "R.TOT", "保険料等交付金", "Premium grants (premiums collected via the state)", "REVENUE", ("11,264,594", 2095), [2079], False, ""),
        ("R.02", "R.TOT", "任意継続被保険者保険料", "Premiums of voluntary-continuation insured persons", "REVENUE", ("62,339", 2096), [2080], False, ""),
        ("R.03", "R.TOT", "国庫補助金", "State subsidy", "REVENUE", ("1,138,159", 2098), [2081], False, ""),
        ("R.04", "R.TOT", "国庫負担金", "State contribution", "REVENUE", ("5,055", 2099), [2082], False, ""),
        ("R.05", "R.TOT", "貸付返済金収入", "Loan repayments received", "REVENUE", ("78", 2101), [2083], False, ""),
        ("R.06", "R.TOT", "運用収入", "Investment income", "REVENUE", ("-", 2102), [2084], False, ""),
        ("R.07", "R.TOT", "短期借入金", "Short-term borrowing", "REVENUE", ("-", 2103), [2085], False, ""),
        ("R.08", "R.TOT", "寄付金", "Donations", "REVENUE", ("-", 2104), [2086], False, ""),
        ("R.09", "R.TOT", "雑収入", "Miscellaneous revenue", "REVENUE", ("14,001", 2106), [2087], False, ""),
        ("E", "", "支出", "Expenditure", "EXPENDITURE", None, [2112], False, ""),
        ("E.TOT", "E", "計", "Expenditure total", "EXPENDITURE", ("12,484,225", 2182), [2144], False, ""),
        ("E.01", "E.TOT", "保険給付費", "Insurance benefits", "EXPENDITURE", ("7,071,850", 2149), [2114], False, ""),
        ("E.02", "E.TOT", "拠出金等", "Contributions (to elderly schemes etc.)", "EXPENDITURE", ("3,636,113", 2150), [2115], False, ""),
        ("E.02.01", "E.02", "前期高齢者納付金", "Payments for early-elderly (65-74) medical costs", "EXPENDITURE", ("1,289,888", 2151), [2117], False, ""),
        ("E.02.02", "E.02", "後期高齢者支援金", "Support payments for the late-elderly (75+) scheme", "EXPENDITURE", ("2,346,206", 2152), [2118], False, ""),
        ("E.02.03", "E.02", "退職者給付拠出金", "Retiree-benefit contributions", "EXPENDITURE", ("11", 2154), [2119], False, ""),
        ("E.02.04", "E.02", "病床転換支援金", "Hospital-bed conversion support", "EXPENDITURE", ("8", 2155), [2120], False, ""),
        ("E.03", "E.TOT", "介護納付金", "Long-term-care payments", "EXPENDITURE", ("1,069,495", 2157), [2122], False, ""),
        ("E.04", "E.TOT", "業務経費", "Operating expenses", "EXPENDITURE", ("229,957", 2158), [2123], False, ""),
        ("E.04.01", "E.04", "保険給付等業務経費", "Benefit operations expenses", "EXPENDITURE", ("26,378", 2159), [2125], False, ""),
        ("E.04.02", "E.04", "レセプト業務経費", "Claims (receipt) operations expenses", "EXPENDITURE", ("5,869", 2160), [2126], False, ""),
        ("E.04.03", "E.04", "企画・サービス向上関係経費", "Planning and service-improvement expenses", "EXPENDITURE", ("6,140", 2161), [2127], False, ""),
        ("E.04.04", "E.04", "保健事業経費", "Health programme expenses", "EXPENDITURE", ("191,569", 2163), [2128], False, ""),
        ("E.04.05", "E.04", "福祉事業経費", "Welfare programme expenses", "EXPENDITURE", ("1", 2164), [2129], False, ""),
        ("E.05", "E.TOT", "一般管理費", "General administrative expenses", "EXPENDITURE", ("88,823", 2166), [2131], False, ""),
        ("E.05.01", "E.05", "人件費", "Personnel expenses", "EXPENDITURE", ("18,649", 2167), [2132], False, ""),
        ("E.05.02", "E.05", "福利厚生費", "Staff welfare expenses", "EXPENDITURE", ("64", 2169), [2133], False, ""),
        ("E.05.03", "E.05", "一般事務経費", "General office expenses", "EXPENDITURE", ("70,110", 2170), [2134], False, ""),
        ("E.06", "E.TOT", "貸付金", "Loans", "EXPENDITURE", ("78", 2172), [2136], False, ""),
        ("E.07", "E.TOT", "借入金償還金", "Repayment of borrowing", "EXPENDITURE", ("-", 2173), [2137], True, "Positional reading among the '-' / 19,434 values (research notes: uncertain)."),
        ("E.08", "E.TOT", "雑支出", "Miscellaneous expenditure", "EXPENDITURE", ("19,434", 2175), [2138], True, "Positional reading; the sum check cannot tell 雑支出 from 予備費 (research notes)."),
        ("E.09", "E.TOT", "予備費", "Contingency reserve", "EXPENDITURE", ("-", 2176), [2139], True, "Positional reading; the sum check cannot tell 雑支出 from 予備費 (research notes)."),
        ("E.10", "E.TOT", "累積収支への繰入", "Transfer to the accumulated balance", "EXPENDITURE", ("368,475", 2178), [2140], False, ""),
        ("E.11", "E.TOT", "翌年度繰越", "Carry-over to the next fiscal year", "EXPENDITURE", ("-", 2179), [2141], False, ""),
    ]
    for i, (code, par, tj, te, side, amt, ll, unc, note) in enumerate(tree):
        add(*H, "HA24-" + code, ("HA24-" + par) if par else "", tj, te,
            [("BUDGET", 2024, amt[0], amt[1])] if amt else [], ll, "百万円", side=side, unc=unc,
            note=(pos + " " + note).strip() if amt else "Heading line (no amount printed).", sort=i + 1)
    tree = [
        ("R", "", "収入", "Revenue", "REVENUE", None, [2189]),
        ("R.TOT", "R", "計", "Revenue total", "REVENUE", ("50,969", 2226), [2203]),
        ("R.01", "R.TOT", "保険料等交付金", "Premium grants", "REVENUE", ("41,773", 2210), [2191]),
        ("R.02", "R.TOT", "疾病任意継続被保険者保険料", "Premiums of voluntary-continuation insured (sickness section)", "REVENUE", ("901", 2211), [2192]),
        ("R.03", "R.TOT", "国庫補助金", "State subsidy", "REVENUE", ("2,790", 2213), [2193]),
        ("R.04", "R.TOT", "国庫負担金", "State contribution", "REVENUE", ("163", 2214), [2194]),
        ("R.05", "R.TOT", "職務上年金給付費等交付金", "Grants for occupational pension benefits etc.", "REVENUE", ("4,566", 2216), [2195]),
        ("R.06", "R.TOT", "貸付返済金収入", "Loan repayments received", "REVENUE", ("0", 2217), [2196]),
        ("R.07", "R.TOT", "運用収入", "Investment income", "REVENUE", ("1", 2218), [2197]),
        ("R.08", "R.TOT", "寄付金", "Donations", "REVENUE", ("－", 2220), [2198]),
        ("R.09", "R.TOT", "雑収入", "Miscellaneous revenue", "REVENUE", ("90", 2221), [2199]),
        ("R.10", "R.TOT", "累積収支からの戻入", "Drawdown from the accumulated balance", "REVENUE", ("685", 2223), [2200]),
        ("E", "", "支出", "Expenditure", "EXPENDITURE", None, [2229]),
        ("E.TOT", "E", "計", "Expenditure total", "EXPENDITURE", ("50,969", 2299), [2260]),
        ("E.01", "E.TOT", "保険給付費", "Insurance benefits", "EXPENDITURE", ("27,664", 2266), [2231]),
        ("E.02", "E.TOT", "拠出金等", "Contributions (to elderly schemes etc.)", "EXPENDITURE", ("10,815", 2267), [2232]),
        ("E.02.01", "E.02", "前期高齢者納付金", "Payments for early-elderly (65-74) medical costs", "EXPENDITURE", ("2,990", 2268), [2234]),
        ("E.02.02", "E.02", "後期高齢者支援金", "Support payments for the late-elderly (75+) scheme", "EXPENDITURE", ("7,824", 2269), [2235]),
        ("E.02.03", "E.02", "退職者給付拠出金", "Retiree-benefit contributions", "EXPENDITURE", ("0", 2271), [2236]),
        ("E.02.04", "E.02", "病床転換支援金", "Hospital-bed conversion support", "EXPENDITURE", ("0", 2272), [2237]),
        ("E.03", "E.TOT", "介護納付金", "Long-term-care payments", "EXPENDITURE", ("3,034", 2274), [2239]),
        ("E.04", "E.TOT", "業務経費", "Operating expenses", "EXPENDITURE", ("3,152", 2275), [2240]),
        ("E.04.01", "E.04", "保険給付等業務経費", "Benefit operations expenses", "EXPENDITURE", ("301", 2277), [2242]),
        ("E.04.02", "E.04", "レセプト業務経費", "Claims (receipt) operations expenses", "EXPENDITURE", ("35", 2278), [2243]),
        ("E.04.03", "E.04", "保健事業経費", "Health programme expenses", "EXPENDITURE", ("1,172", 2280), [2244]),
        ("E.04.04", "E.04", "福祉事業経費", "Welfare programme expenses", "EXPENDITURE", ("1,577", 2281), [2245]),
        ("E.04.05", "E.04", "その他業務経費", "Other operating expenses", "EXPENDITURE", ("68", 2283), [2246]),
        ("E.05", "E.TOT", "一般管理費", "General administrative expenses", "EXPENDITURE", ("3,074", 2284), [2248]),
        ("E.05.01", "E.05", "人件費", "Personnel expenses", "EXPENDITURE", ("471", 2286), [2249]),
        ("E.05.02", "E.05", "福利厚生費", "Staff welfare expenses", "EXPENDITURE", ("1", 2287), [2250]),
        ("E.05.03", "E.05", "一般事務経費", "General office expenses", "EXPENDITURE", ("2,602", 2289), [2251]),
        ("E.06", "E.TOT", "貸付金", "Loans", "EXPENDITURE", ("0", 2290), [2253]),
        ("E.07", "E.TOT", "雑支出", "Miscellaneous expenditure", "EXPENDITURE", ("40", 2292), [2254]),
        ("E.08", "E.TOT", "予備費", "Contingency reserve", "EXPENDITURE", ("150", 2293), [2255]),
        ("E.09", "E.TOT", "累積収支への繰入", "Transfer to the accumulated balance", "EXPENDITURE", ("3,039", 2295), [2256]),
        ("E.10", "E.TOT", "翌年度繰越", "Carry-over to the next fiscal year", "EXPENDITURE", ("－", 2296), [2257]),
    ]
    for i, (code, par, tj, te, side, amt, ll) in enumerate(tree):
        note = (pos if amt else "Heading line (no amount printed).")
        if code == "E.08":
            note += " （注１）予備費は保険給付費等の 0.5％を計上 (L2301)."
        add(*S, "SA24-" + code, ("SA24-" + par) if par else "", tj, te,
            [("BUDGET", 2024, amt[0], amt[1])] if amt else [], ll, "百万円", side=side, note=note, sort=i + 1)
    D = ("seed-001/budget-general-provisions-2024", "ASSOCIATION", "HEALTH_INSURANCE", "00")
    debt = [
        ("01", "システム経費", "System expenses", "48,374", [2020], 2020, "令和６年度以降３か年度以内", "within 3 fiscal years from FY2024"),
        ("02", "賃貸借経費", "Rent (lease) expenses", "3,357", [2027], 2027, "令和６年度以降５か年度以内", "within 5 fiscal years from FY2024"),
        ("03", "事務機器等リース経費", "Office-equipment lease expenses", "31", [2034, 2035], 2035, "令和６年度以降５か年度以内", "within 5 fiscal years from FY2024"),
        ("04", "業務委託経費", "Outsourcing expenses", "18,019", [2043], 2043, "令和６年度以降５か年度以内", "within 5 fiscal years from FY2024"),
        ("05", "保険契約に係る経費", "Insurance-contract expenses", "０", [2050, 2051], 2051, "令和６年度以降２か年度以内", "within 2 fiscal years from FY2024"),
        ("06", "事務用品等購入経費", "Office-supplies purchase expenses", "０", [2059, 2060], 2060, "令和６年度以降３か年度以内", "within 3 fiscal years from FY2024"),
    ]
    for i, (c, tj, te, pv, ll, vl, term_ja, term_en) in enumerate(debt):
        add(*D, "DO24-" + c, "", tj, te, [("OBLIGATION_LIMIT", 2024, pv, vl)], ll, "百万円", desc=term_ja,
            note="債務負担行為 limit (限度額(百万円), L2018) under 省令第８条; term %s. Table printed after （４） but belongs to （２）. Titles joined where the cell wraps." % term_en,
            sort=i + 1)


def _driver_title(seed, a, b):
    text = "".join(seed_lines(seed)[n].strip() for n in range(a, b + 1))
    text = re.sub(r"^・", "", text)
    m = re.match(r"^(.*?)[（ ]?\s*([＋+△][0-9.]+)億円）?$", text)
    return m.group(1).rstrip("（ "), m.group(2)


def opex_2025():
    doc = ("seed-000/national-budget-2025", "HEALTH_ACCOUNT", "HEALTH_INSURANCE", "00")
    seed = "seed-000"
    est = "※事業内容や予算額はいずれも現時点の見込みであり、今後変更する場合があります (L877-L878)."
    nodes = [
        ("T", "", "予算総額", "Total budget (operating expenses + general administrative expenses)", [852], ("3,373", 852), ("＋185", 852)),
        ("T.1", "T", "業務経費", "Operating expenses", [854], ("2,391", 854), ("+91", 854)),
        ("T.1.1", "T.1", "企画・サービス向上関係経費", "Planning and service-improvement expenses", [875], ("80.7", 875), ("＋19.3", 875)),
        ("T.1.2", "T.1", "保健事業経費", "Health programme expenses", [903], ("2,030.8", 903), ("＋115.1", 903)),
        ("T.1.3", "T.1", "保険給付等業務経費・レセプト業務経費・福祉事業経費", "Benefit operations, claims operations and welfare expenses", [905], ("279.1", 905), ("△43.4", 905)),
        ("T.2", "T", "一般管理費", "General administrative expenses", [856], ("982", 856), ("+94", 856)),
        ("T.2.1", "T.2", "人件費・福利厚生費", "Personnel and staff welfare expenses", [932], ("198.1", 932), ("＋11.0", 932)),
        ("T.2.2", "T.2", "一般事務経費", "General office expenses", [930], ("784.0", 930), ("＋82.9", 930)),
    ]
    for i, (c, p, tj, te, ll, b, ch) in enumerate(nodes):
        add(*doc, "HB25-" + c, ("HB25-" + p) if p else "", tj, te,
            [("BUDGET", 2025, b[0], b[1]), ("CHANGE_FROM_PREVIOUS", 2025, ch[0], ch[1])], ll, "億円",
            side="EXPENDITURE", note="対前年度予算比 (change against the FY2024 budget). " + est, sort=i + 1)
    drivers = [
        ("T.1.1", 867, 868, "PR for the expanded checkups for the working generation (complete check-up subsidy; checkups at ages 20/25/30)", False),
        ("T.1.1", 870, 871, "Approaching providers to promote biosimilars (FY2024 pilot) in all branches", False),
        ("T.1.1", 873, 873, "Extending call centres to all branches", False),
        ("T.1.2", 886, 886, "More checkup examinees (13,424,147 persons, +748,579)", False),
        ("T.1.2", 888, 888, "More specific-health-guidance evaluations (594,296 persons, +85,856)", False),
        ("T.1.2", 890, 891, "(New) Encouraging people flagged by chest X-ray whose medical visit is not confirmed", True),
        ("T.1.3", 899, 899, "Lower cost of bulk issue of the 'eligibility information notice'", False),
        ("T.1.3", 901, 901, "Higher cost of bulk issue of the 'eligibility certificate'", False),
        ("T.2.1", 914, 916, "Staff salary increase (NPA recommendation, promotions)", False),
        ("T.2.2", 923, 923, "Development of the e-application system and DX-related systems", False),
        ("T.2.2", 925, 925, "Design, development and maintenance for equipment renewal at lease expiry of the system infrastructure", False),
        ("T.2.2", 927, 928, "(New) System work for the expanded checkups for the working generation", True),
    ]
    cnt = {}
    for par, a, b, te, new in drivers:
        if (a, b) == (914, 916):
            tj = seed_lines(seed)[914].strip().lstrip("・")
            amt = "＋8.6"
            vl = 916
        else:
            tj, amt = _driver_title(seed, a, b)
            vl = b
        cnt[par] = cnt.get(par, 0) + 1
        add(*doc, "HB25-%s.D%d" % (par, cnt[par]), "HB25-" + par, tj, te, [("CHANGE_DRIVER", 2025, amt, vl)],
            list(range(a, b + 1)), "億円", side="EXPENDITURE", is_new=new,
            note="主な増減要因 (main driver of the change); drivers are a partial breakdown and are not expected to sum to the parent's change.",
            sort=cnt[par])


def nagano_2025():
    doc = ("seed-000/nagano-programme-budget-2025", "BRANCH_PROGRAMME", "HEALTH_INSURANCE", "20")
    u = "千円"
    rows = [
        # code, parent, title, en, label lines, req, ceil, r6, desc, new, unc, note
        ("C1", "", "医療費適正化等", "Medical-cost optimisation etc.", [943, 949], ("10,095", 967), ("14,258", 967), ("10,957", 967), "", False, False,
         "区分 printed vertically (L943-L949); totals row L967 = 要求額 / 予算上限額 / R6年度予算額."),
        ("C1.1", "C1", "医療費適正化対策", "Cost-optimisation measures", [951, 952], None, None, None, "", False, False, ""),
        ("C1.1.1", "C1.1", "新生児の親への広報", "PR to parents of newborns", [954], ("3,201", 958), None, ("3,597", 958),
         "医療費適正化、健康リテラシー向上を目的に新生児の親に育児情報誌を送付", False, False, ""),
        ("C1.2", "C1", "広報・意見発信", "PR and opinion", [960, 961], None, None, None, "", False, False, ""),
        ("C1.2.1", "C1.2", "紙媒体による広報", "Print PR", [963], ("4,078", 963), None, ("4,234", 963), "定期的に発行する広報紙の作成", False, False, ""),
        ("C1.2.2", "C1.2", "メディアを活用した広報", "Media PR", [965], ("2,816", 965), None, ("2,776", 965),
         "メディアを活用した幅広い層への広報、協会けんぽGUIDEBOOKの印刷", False, False, ""),
        ("C1.9", "C1", "1事業終了", "One project ended (FY2024 budget only)", [971], None, None, ("350", 971), "", False, True,
         "Annotation 「1事業終了 350千円」 printed near the title; placed in this table because 10,957 − (3,597 + 4,234 + 2,776) = 350 (research notes)."),
        ("C2", "", "保健事業", "Health programmes", [986, 989], ("59,232", 1046), ("66,345", 1046), ("63,817", 1046), "", False, False,
         "区分 printed vertically (L986-L989); totals row L1046."),
        ("C2.1", "C2", "健診・保健指導", "Checkups and guidance", [991, 992], None, None, None, "", False, False, ""),
        ("C2.1.1", "C2.1", "集団健診", "Group checkups", [994], ("10,411", 994), None, ("8,383", 994), "協会けんぽ単独で設営する集団健診の実施、市町村での集団健診の案内", False, False, ""),
        ("C2.1.2", "C2.1", "事業者健診データ取得対策", "Employer checkup data acquisition", [996], ("5,573", 1000), None, ("5,445", 1000),
         "健診機関でのデータ作成料\nデータ取得件数増強のための外部委託", False, False, ""),
        ("C2.1.3", "C2.1", "広報、その他", "PR and other", [1002], ("8,731", 1002), None, ("3,586", 1002), "健診受診率、特定保健指導実施率向上のための広報活動", False, False, ""),
        ("C2.2", "C2", "保健指導", "Health guidance", [1004], None, None, None, "", False, False, ""),
        ("C2.2.1", "C2.2", "保健指導実施", "Guidance delivery", [1006], ("567", 1006), None, ("1,136", 1006), "指導スキル向上、測定用機器類", False, False, ""),
        ("C2.2.2", "C2.2", "保健指導利用勧奨", "Guidance invitations", [1008], ("1,308", 1008), None, ("―", 1008), "専門機関を活用した健診当日の院内遠隔面談", True, False,
         "新規; R6 printed ― (no amount)."),
        ("C2.2.3", "C2.2", "中間評価時の血液検査", "Blood tests at the interim evaluation", [1010], ("2,970", 1010), None, ("2,475", 1010), "特保中間評価時点での改善効果検証", False, False, ""),
        ("C2.3", "C2", "重症化予防", "Aggravation prevention", [1012, 1013], None, None, None, "", False, False, ""),
        ("C2.3.1", "C2.3", "未治療者受診勧奨", "Encouraging untreated people to see a doctor", [1015], ("6,600", 1015), None, ("8,250", 1015), "健診結果で要治療者への受診勧奨", False, False, ""),
        ("C2.3.2", "C2.3", "糖尿病性腎症予防", "Diabetic nephropathy prevention", [1017], ("4,425", 1017), None, ("1,905", 1017), "糖尿病疾患者への保健指導委託", False, False, ""),
        ("C2.4", "C2", "コラボヘルス", "Collabo-health", [1019], None, None, None, "", False, False, ""),
        ("C2.4.1", "C2.4", "事業所単位の講習会開催", "Establishment-level lectures", [1021], ("4,279", 1021), None, ("3,729", 1021), "運動、メンタルヘルスなど4つのメニューの講習会を提供", False, False, ""),
        ("C2.4.2", "C2.4", "ウォーキングアプリの活用", "Walking app", [1023], ("3,572", 1027), None, ("1,922", 1027),
         "県、経済団体、県内保険者共催により、支部で開発したスマホアプリを全参加者に提供（アプリ改修費用等）", False, False, ""),
        ("C2.4.3", "C2.4", "健康宣言事業所へのサポート", "Support for health-declaration establishments", [1029], None, None, None, "", False, False,
         "事業名称 shared by the three rows below (distinguished by 概要)."),
        ("C2.4.3.1", "C2.4.3", "健康宣言事業所への情報誌の送付", "Magazine for declared establishments", [1031], ("2,417", 1031), None, ("2,409", 1031), "", False, False, "Title = 概要 text."),
        ("C2.4.3.2", "C2.4.3", "健康宣言事業所における歯科検診", "Dental checkups at declared establishments", [1033], ("5,082", 1033), None, ("5,148", 1033), "", False, False, "Title = 概要 text."),
        ("C2.4.3.3", "C2.4.3", "健康宣言事業所への情報提供（事業所カルテの送付）", "Information for declared establishments (sending establishment charts)", [1035], ("588", 1035), None, ("―", 1035), "", True, False,
         "新規; title = 概要 text; R6 printed ―."),
        ("C2.5", "C2", "その他", "Other", [1037], None, None, None, "", False, False, ""),
        ("C2.5.1", "C2.5", "喫煙対策、高血圧対策、その他", "Smoking, hypertension and other measures", [1038, 1039], ("2,709", 1044), None, ("710", 1044),
         "喫煙率低下に向けての啓発、高血圧対策事業の検証、\n保健事業のアドバイザー", False, False, "Title joined from two lines."),
        ("C2.9", "C2", "予算枠組み変更", "Budget-framework change (FY2024 budget only)", [973], None, None, ("11,716", 973), "", False, True,
         "Annotation 「予算枠組み変更 11,716千円」; placed in the health-programme table by elimination (research notes)."),
        ("C2.10", "C2", "1事業終了", "One project ended (FY2024 budget only)", [974], None, None, ("6,945", 974), "", False, True,
         "Annotation 「1事業終了 6,945千円」; placed in the health-programme table by elimination (research notes)."),
    ]
    for i, (c, p, tj, te, ll, req, ceil, r6, desc, new, unc, note) in enumerate(rows):
        amts = []
        if req:
            amts.append(("REQUESTED", 2025, req[0], req[1]))
        if ceil:
            amts.append(("CEILING", 2025, ceil[0], ceil[1]))
        if r6:
            amts.append(("BUDGET", 2024, r6[0], r6[1]))
        add(*doc, "NPB25-" + c, ("NPB25-" + p) if p else "", tj, te, amts, ll, u, side="EXPENDITURE", desc=desc, is_new=new,
            unc=unc, note=(note + (" " if note else "") + "要求額 = FY2025 request; 予算上限額 = FY2025 ceiling; R6年度予算額 = FY2024 budget.").strip(),
            sort=i + 1)


def mie_2025():
    doc = ("seed-002/mie-programme-budget-2025", "BRANCH_PROGRAMME", "HEALTH_INSURANCE", "24")
    u = "千円"
    est = "予算額（見込み） in a draft (案); amounts printed per 分野 (merged cells), not per programme."
    rows = [
        ("G1", "", "医療費適正化等予算", "Medical-cost optimisation etc. budget", [1547], ("10,732", 1551), "", False, False, "見込額：10,732千円."),
        ("G1.1", "G1", "医療費適正化対策", "Cost-optimisation measures", [1509, 1516], ("4,657", 1525), "", False, False, "分野 printed vertically."),
        ("G1.1.1", "G1.1", "インターネット広告等を活用した戦略的な広報", "Strategic PR using internet advertising etc.", [1518, 1519], None,
         "事業所向けには納告チラシなどで周知・啓発しているが、加入者向けにイラスト等を活用したキャッチーなバナー広告、YouTube動画広告等とランディングページにより「上手な医療のかかり方」の周知・啓発を行う。", False, False, "Title joined from two lines; no separate amount."),
        ("G1.1.2", "G1.1", "乳児を有する世帯向けジェネリック医薬品促進", "Generic-drug promotion for households with infants", [1527, 1528], None,
         "乳児（主として1歳未満）のいる世帯あてに、ジェネリック医薬品の使用促進啓発パンフレットを送付して、最初からジェネリック医薬品を選択してもらうよう働きかける。", False, False, "Title joined from two lines; no separate amount."),
        ("G1.2", "G1", "広報・意見発信", "PR and opinion", [1533, 1539], ("6,075", 1545), "", False, False, "分野 printed vertically."),
        ("G1.2.1", "G1.2", "紙媒体による広報", "Print PR", [1541], None,
         "日本年金機構が送付する納入告知書の同封リーフレットを作成する。また、本部作成の全支部共通広報資材を活用しながら、制度・事務手続きガイドブックを作成し、配付する。", False, False, "No separate amount."),
        ("G2", "", "保健事業予算", "Health programme budget", [1609], ("50,697", 1609), "", False, False, "見込額：50,697千円."),
        ("G2.1", "G2", "健診", "Checkups", [1561, 1562], ("28,998", 1570), "", False, False, "分野 printed vertically; amount fused with the next row's text at L1570."),
        ("G2.1.1", "G2.1", "集団健診", "Group checkups", [1564], None, "", False, False, "No separate amount."),
        ("G2.1.2", "G2.1", "事業者健診の結果データの取得", "Obtaining employer checkup result data", [1570], None, "事業者健診データ取得率向上のため、勧奨、取得、データ作成等を外部委託により実施する。", False, False, "No separate amount."),
        ("G2.1.3", "G2.1", "健診受診勧奨等経費", "Checkup encouragement expenses", [1572], None, "令和7年度健診案内に同封する健診機関一覧やリーフレット等の封入物を作成する。", False, False, "No separate amount."),
        ("G2.1.4", "G2.1", "その他", "Other", [1574], None, "健診機関による事業者健診結果データの取得費、健診実施機関実地指導旅費等。", False, False, "No separate amount."),
        ("G2.2", "G2", "保健指導", "Health guidance", [1576, 1579], ("5,210", 1586), "", False, False, "分野 printed vertically."),
        ("G2.2.1", "G2.2", "保健指導利用勧奨", "Guidance invitations", [1581], None, "", False, False, "No separate amount."),
        ("G2.2.2", "G2.2", "健診機関による早期受診勧奨", "Early encouragement by checkup institutions", [1588], None, "", False, False, "No separate amount."),
        ("G2.3", "G2", "重症化予防", "Aggravation prevention", [1594, 1598], ("10,921", 1605), "", False, False, "分野 printed vertically."),
        ("G2.3.1", "G2.3", "未治療者受診勧奨", "Encouraging untreated people to see a doctor", [1600], None, "", False, False, "No separate amount."),
        ("G2.3.2", "G2.3", "重症化予防対策", "Aggravation prevention measures", [1607], None, "糖尿病性腎症に対する重症化予防啓発の実施。", False, False, "No separate amount."),
        ("G2.4", "G2", "コラボヘルス事業", "Collabo-health programmes", [1626, 1633], ("5,481", 1642), "", False, False,
         "分野 printed vertically on page 33, after the 保健事業予算 total (page 32); placed under 保健事業予算 (research notes)."),
        ("G2.4.1", "G2.4", "健康事業所宣言パンフレット＆事業所カルテ取り寄せシート、パンフレット・エントリーシートの作成", "Health-declaration pamphlets, chart request and entry sheets", [1635, 1637], None, "", False, False, "Title joined from three lines; no separate amount."),
        ("G2.4.2", "G2.4", "健康経営優良取組事例集の作成", "Case book of good health-management practice", [1644], None, "", False, False, "No separate amount."),
        ("G2.4.3", "G2.4", "健康事業所宣言に参加した事業所へのフォローアップ", "Follow-up of declared establishments", [1646, 1647], None, "", False, False, "No separate amount."),
        ("G2.4.4", "G2.4", "健康事業所宣言におけるPDCAサイクルの推進", "PDCA cycle in health declarations", [1651, 1652], None, "", False, False, "No separate amount."),
        ("G2.4.5", "G2.4", "道路貨物運送業への健康事業所宣言勧奨", "Health-declaration drive in road freight", [1658, 1659], None, "", False, False, "No separate amount."),
        ("G2.4.6", "G2.4", "健康課題に応じたアドバイス媒体の提供", "Advice materials by health issue", [1668, 1669], None, "", False, False, "No separate amount."),
        ("G2.4.7", "G2.4", "健康事業所宣言への新規エントリー勧奨", "New-entry drive for health declarations", [1675, 1676], None, "", False, False, "No separate amount."),
        ("G2.5", "G2", "他", "Other", [1682], None, "", False, True,
         "Amount not extracted; most likely the 87千円 gap of 保健事業予算 (research notes)."),
        ("G2.5.1", "G2.5", "健康ポスターコンクールの実施", "Health poster contest", [1682], None,
         "運動、食事を通じて健康の大切さを認識する機会を作るために健康教育の一環として小学生を対象とした健康ポスターコンクールを実施し、運動や食事の重要性等を啓発する。", False, True, "No amount extracted."),
        ("G3", "", "特別枠", "Special allocation", [1612, 1614], None, "", False, True,
         "Printed vertically (L1612-L1614); sits outside 保健事業予算 (adding it would overshoot)."),
        ("G3.1", "G3", "糖尿病予備群に対する予防啓発", "Awareness for people at risk of diabetes", [1616], ("4,616", 1620),
         "健診結果から糖尿病予備群に対して、糖尿病への移行または悪化を防止するための啓発リーフレットを送付する。", True, True,
         "A single 「新規」 badge (L1611) is printed between the 保健事業予算 total and this row; attached here (uncertain)."),
    ]
    for i, (c, p, tj, te, ll, amt, desc, new, unc, note) in enumerate(rows):
        add(*doc, "MPB25-" + c, ("MPB25-" + p) if p else "", tj, te,
            [("BUDGET_ESTIMATE", 2025, amt[0], amt[1])] if amt else [], ll, u, side="EXPENDITURE", desc=desc, is_new=new,
            unc=unc, note=(note + " " + est).strip(), sort=i + 1)


def build_all():
    account_2024()
    opex_2025()
    nagano_2025()
    mie_2025()
    return LINES


def sum_checks(lines):
    """One check per (line with an amount, amount kind, fiscal year) that has amount-bearing descendants.
    Children = nearest descendants carrying an amount of the same kind and year (grouping lines are skipped)."""
    by_code = {}
    kids = {}
    for r in lines:
        by_code.setdefault(r["line_code"], []).append(r)
        if r["parent_line_code"]:
            kids.setdefault(r["parent_line_code"], [])
            if r["line_code"] not in kids[r["parent_line_code"]]:
                kids[r["parent_line_code"]].append(r["line_code"])

    def amount(code, kind, fy):
        for r in by_code[code]:
            if r["amount_kind"] == kind and r["fiscal_year"] == fy:
                return r
        return None

    def contributors(code, kind, fy):
        out = []
        for k in kids.get(code, []):
            a = amount(k, kind, fy)
            if a is not None:
                out.append(a)
            else:
                out.extend(contributors(k, kind, fy))
        return out

    checks = []
    for r in lines:
        if not r["amount_kind"] or r["amount_kind"] == "CHANGE_DRIVER":
            continue
        cs = contributors(r["line_code"], r["amount_kind"], r["fiscal_year"])
        if not cs:
            continue
        tot = Decimal(r["value"]) if r["value"] != "" else Decimal(0)
        s = sum((Decimal(c["value"]) for c in cs if c["value"] != ""), Decimal(0))
        checks.append((r, cs, tot, s))
    return checks
