"""KPI definitions, method versions, targets and results, read line by line from the seeds."""
import re

from common import seed_lines, parse_locator, to_number

H, S = "HEALTH_INSURANCE", "SEAFARERS_INSURANCE"

# kpi_code, scheme, name_ja (as printed in a source), name_en, unit, better, numerator_ja, denominator_ja,
# scope_note, document, locator
KPI_DEFS = [
    ("K-SS-ACHIEVEMENT", H, "サービススタンダードの達成状況", "Service-standard achievement (cash benefits paid within the 10-day standard)", "％", "HIGHER",
     "", "", "Service standard (サービススタンダード) = 10 days from receipt of the application to payment, for cash benefits of a livelihood-support nature such as 傷病手当金 (seed-000 L181-L183). Numerator/denominator not printed.", "seed-000", "L199"),
    ("K-SS-AVG-DAYS", H, "サービススタンダードの平均所要日数", "Average processing days under the service standard", "日", "LOWER",
     "", "", "Mean days from receipt to payment; calendar/business-day convention not printed. New KPI in FY2025.", "seed-000", "L200"),
    ("K-COUNTER-RECEIPT-RATE", H, "現金給付等の申請書類に係る窓口での受付率", "Share of cash-benefit applications received at the counter", "％", "LOWER",
     "", "", "New in FY2025; replaces the postal-submission rate (変更あり, seed-000 L721). Definition not printed.", "seed-000", "L201"),
    ("K-POSTAL-RATE", H, "現金給付等の申請に係る郵送化率", "Postal-submission rate of cash-benefit applications", "％", "HIGHER",
     "", "", "KPI up to FY2024; replaced by K-COUNTER-RECEIPT-RATE in FY2025.", "seed-001", "L176"),
    ("K-ASSESSMENT-RATE", H, "協会のレセプト点検の査定率", "Assessment (reduction) rate of the association's claims review", "％", "HIGHER",
     "協会のレセプト点検により査定（減額）した額", "協会の医療費総額", "Formula printed: 査定率＝協会のレセプト点検により査定（減額）した額÷協会の医療費総額. Association-only basis from FY2024 (seed-002 L188).", "seed-001", "L233-L234"),
    ("K-REEXAM-AMOUNT-PER-CLAIM", H, "協会の再審査レセプト1件当たりの査定額", "Reduction amount per claim sent for re-examination by the association", "円", "HIGHER",
     "", "", "Numerator/denominator not printed (reduction amount / number of re-examined claims, inferred).", "seed-001", "L236"),
    ("K-REFUND-RECOVERY-RATE", H, "返納金債権（診療報酬返還金（不当請求）を除く。）の回収率", "Recovery rate of refund receivables (excluding medical-fee refunds from improper claims)", "％", "HIGHER",
     "", "", "Excludes 診療報酬返還金（不当請求）. Amount or count basis not printed.", "seed-001", "L280-L281"),
    ("K-CARD-RETURN-1M", H, "日本年金機構回収分も含めた資格喪失後1か月以内の健康保険証回収率", "Health-insurance-card return rate within 1 month of losing eligibility (incl. cards recovered by the Japan Pension Service)", "％", "HIGHER",
     "", "", "Valid only until the health insurance card is abolished (seed-001 L284-L286); ended Nov 2024 (※R6.11に終了, seed-000 L719).", "seed-001", "L282-L286"),
    ("K-MYNA-USAGE", H, "マイナ保険証の利用率", "My Number insurance-card usage rate", "％", "HIGHER",
     "", "", "Measured at a date (令和６年11月末時点). Definition not printed.", "seed-001", "L334"),
    ("K-CHECKUP-INSURED", H, "生活習慣病予防健診実施率", "Lifestyle-disease prevention checkup rate (insured persons)", "％", "HIGHER",
     "実施見込者数 / 受診者数", "実施対象者数（被保険者40歳以上）", "Also printed as 生活習慣病予防健診受診率 (seed-000 L734). Nagano plan volumes 180,224 / 274,731 (seed-000 L390-L391). Incentive indicator ① family.", "seed-000", "L390-L396"),
    ("K-EMPLOYER-CHECKUP-DATA", H, "事業者健診データ取得率", "Employer (statutory) checkup data acquisition rate", "％", "HIGHER",
     "取得見込者数", "実施対象者数（被保険者40歳以上）", "Same denominator as K-CHECKUP-INSURED (seed-000 L390-L392).", "seed-000", "L390-L398"),
    ("K-CHECKUP-DEPENDANT", H, "被扶養者の特定健診実施率", "Specific health checkup rate of dependants", "％", "HIGHER",
     "実施見込者数", "実施対象者数（被扶養者）", "Also printed as 被扶養者の特定健診受診率.", "seed-000", "L394-L399"),
    ("K-GUIDANCE-INSURED", H, "被保険者の特定保健指導実施率", "Specific health guidance rate, insured persons", "％", "HIGHER",
     "実施見込者数", "特定保健指導対象者数", "Yamanashi counts completions at the evaluation stage (評価) (seed-003 L962-L968).", "seed-000", "L435-L441"),
    ("K-GUIDANCE-DEPENDANT", H, "被扶養者の特定保健指導実施率", "Specific health guidance rate, dependants", "％", "HIGHER",
     "実施見込者数", "特定保健指導対象者数", "", "seed-000", "L438-L442"),
    ("K-REFERRAL-VISIT", H, "健診受診月から10か月以内に医療機関を受診した者の割合", "Share of untreated people flagged at the checkup who saw a doctor within 10 months of the checkup month", "％", "HIGHER",
     "", "", "Blood pressure, glucose, lipids (血圧、血糖、脂質の未治療者). Definition changed between years: see kpi_method_versions.", "seed-000", "L461-L463"),
    ("K-HEALTH-DECLARATION", H, "健康宣言事業所数", "Number of health-declaration establishments", "事業所", "HIGHER",
     "", "", "(※)標準化された健康宣言の事業所数及び今後標準化された健康宣言への更新が見込まれる事業所数. Yamanashi counts cumulative entries (社).", "seed-001", "L655-L658"),
    ("K-GENERIC-SHARE", H, "ジェネリック医薬品使用割合（数量ベース）", "Generic-drug share (volume basis)", "％", "HIGHER",
     "", "", "Claims of 医科、DPC、歯科、調剤. Nationally the KPI is a per-branch rule (ALL_BRANCHES_THRESHOLD) reported as a count of branches (支部).", "seed-000", "L533-L534"),
    ("K-BIOSIMILAR-INGREDIENT-SHARE", H, "バイオシミラーに80％以上置き換わった成分数が全体の成分数に占める割合", "Share of ingredients with at least 80 % biosimilar substitution (volume) among all ingredients (count)", "％", "HIGHER",
     "バイオシミラーに80％以上置き換わった成分数", "全体の成分数", "80 % is volume based (数量ベース); the share is ingredient-count based (成分数ベース).", "seed-001", "L737-L739"),
    ("K-BIOSIMILAR-PROJECT", H, "バイオシミラー使用促進事業を開始し、医療機関や関係者への働きかけを実施する", "Start the biosimilar-promotion project and approach medical institutions and stakeholders (milestone)", "", "HIGHER",
     "", "", "Qualitative branch KPI (FY2025).", "seed-000", "L536"),
    ("K-WEBSITE-ACCESS", H, "ホームページアクセス数", "Association website accesses", "件", "HIGHER", "", "", "", "seed-001", "L827"),
    ("K-LINE-MONTHLY", H, "SNS（LINE公式アカウント）を運用し、毎月情報発信を行う", "Run the LINE official account and post every month (qualitative)", "", "HIGHER",
     "", "", "National version: 全支部で… (all branches).", "seed-000", "L578"),
    ("K-COMMISSIONER-COVERAGE", H, "全被保険者数に占める健康保険委員が委嘱されている事業所の被保険者数の割合", "Share of insured persons working at establishments with a commissioned health-insurance commissioner", "％", "HIGHER",
     "健康保険委員が委嘱されている事業所の被保険者数", "全被保険者数", "", "seed-000", "L577"),
    ("K-COMMISSIONER-ESTABLISHMENTS", H, "健康保険委員の委嘱事業所数", "Number of establishments with a commissioned health-insurance commissioner", "事業所", "HIGHER", "", "", "", "seed-000", "L579"),
    ("K-SINGLE-BID-SHARE", H, "一般競争入札に占める一者応札案件の割合", "Share of single-bidder cases among general competitive tenders", "％", "LOWER",
     "一者応札件数", "一般競争入札契約件数", "Counts printed in seed-004 L860-L872. Target tightened from 20 % to 15 % from FY2024 (seed-004 L796-L800).", "seed-000", "L653"),
    ("K-INCENTIVE-RANK", H, "実績（確定値）の総合順位（全国47支部中）", "Overall incentive-system rank among 47 branches (confirmed results)", "位", "LOWER",
     "", "", "Yamanashi goal without KPI status (KPI 設定なし, seed-003 L87); the rank is for the results year before the plan year.", "seed-003", "L7"),
    ("K-ADVOCACY", H, "地域医療構想調整会議等の場において、医療データ等を活用した効果的な意見発信を実施", "Data-based opinions at regional medical-vision coordination meetings etc. (qualitative)", "", "HIGHER",
     "", "", "Yamanashi FY2024 KPI, evaluated qualitatively (定性評価).", "seed-003", "L46-L48"),
    ("K-JUDO-MULTISITE-RATE", H, "柔道整復施術療養費の申請に占める、施術箇所３部位以上、かつ月15日以上の施術の申請の割合", "Share of judo-therapy claims with 3+ treated sites and 15+ days a month", "％", "LOWER",
     "施術箇所３部位以上、かつ月15日以上の施術の申請", "柔道整復施術療養費の申請", "Yamanashi branch KPI.", "seed-003", "L1328-L1330"),
    ("K-DEPENDANT-VERIFICATION-RETURN", H, "被扶養者資格の確認対象事業所からの確認書の提出率", "Return rate of dependant-status confirmation lists from establishments", "％", "HIGHER",
     "確認書を提出した事業所数", "確認対象事業所数", "Yamanashi target without KPI status (KPIの設定なし).", "seed-003", "L1365"),
    ("K-DKD-GUIDANCE-PERSONS", H, "糖尿病性腎症に係る重症化予防のための健康相談予定実施人数", "Planned number of people given diabetic-nephropathy prevention guidance", "人", "HIGHER",
     "", "", "Yamanashi plan figure, not a KPI.", "seed-003", "L1179"),
    # seafarers' insurance
    ("K-SF-REVIEW-EFFECT-PER-INSURED", S, "被保険者一人当たりのレセプト内容点検効果額", "Claims content-review effect per insured person (seafarers)", "円", "HIGHER",
     "レセプト点検により査定（減額）した額－レセプト内容点検の外部委託に要した額", "被保険者数", "Formula printed in seed-001 L1311-L1314.", "seed-001", "L1308-L1314"),
    ("K-SF-CARD-RETURN-1M", S, "日本年金機構回収分も含めた資格喪失後1か月以内の保険証回収率", "Insurance-card return rate within 1 month of losing eligibility (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1332-L1334"),
    ("K-SF-REFUND-RECOVERY-CURRENT", S, "現年度の返納金債権の回収率", "Recovery rate of current-year refund receivables (seafarers)", "％", "HIGHER", "", "", "Printed 3-year averages differ from the mean of the yearly rates: probably pooled ratios.", "seed-001", "L1336-L1337"),
    ("K-SF-REFUND-RECOVERY-PRIOR", S, "過年度の返納金債権の回収率", "Recovery rate of prior-year refund receivables (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1339-L1340"),
    ("K-SF-MYNA-USAGE", S, "マイナ保険証の利用率", "My Number insurance-card usage rate (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1389-L1391"),
    ("K-SF-HIGH-COST-APPLICATION", S, "高額療養費の勧奨に占める申請割合", "Applications as a share of high-cost medical benefit reminders (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1420-L1421"),
    ("K-SF-OCC-TOPUP-APPLICATION", S, "職務上の上乗せ給付等の勧奨に占める申請割合", "Applications as a share of reminders for occupational top-up benefits (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1422-L1423"),
    ("K-SF-CHECKUP-INSURED", S, "生活習慣病予防健診受診率", "Lifestyle-disease prevention checkup rate (seafarers, insured)", "％", "HIGHER", "", "", "", "seed-001", "L1488"),
    ("K-SF-HANDBOOK-DATA", S, "船員手帳健康証明書データ取得率", "Acquisition rate of seafarer's-handbook health-certificate data", "％", "HIGHER", "", "", "", "seed-001", "L1489"),
    ("K-SF-CHECKUP-DEPENDANT", S, "被扶養者の特定健診受診率", "Specific health checkup rate of dependants (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1490"),
    ("K-SF-GUIDANCE-INSURED", S, "被保険者の特定保健指導実施率", "Specific health guidance rate, insured (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1524"),
    ("K-SF-GUIDANCE-DEPENDANT", S, "被扶養者の特定保健指導実施率", "Specific health guidance rate, dependants (seafarers)", "％", "HIGHER", "", "", "", "seed-001", "L1525"),
    ("K-SF-SMOKING-COMPLETERS", S, "オンライン禁煙プログラム参加者におけるプログラム終了者", "People completing the online smoking-cessation programme within the year (seafarers)", "人", "HIGHER",
     "", "", "Counts only those who completed the programme within the fiscal year.", "seed-001", "L1562-L1563"),
    ("K-SF-DECLARATION-SHIPOWNERS-INCREASE", S, "「船員の健康づくり宣言」参加船舶所有者の増加数", "Year-on-year increase in shipowners joining the seafarers' health declaration", "社", "HIGHER",
     "", "", "Derived from the Data Health Plan goal of 550 or more shipowners by FY2029 (seed-001 L1597-L1600).", "seed-001", "L1594-L1600"),
    ("K-SF-GENERIC-SHARE", S, "ジェネリック医薬品使用割合", "Generic-drug share (seafarers)", "％", "HIGHER", "", "", "※医科、DPC、調剤、歯科における使用割合.", "seed-001", "L1627-L1629"),
    ("K-SF-WEBSITE-ACCESS", S, "ホームページへのアクセス総件数", "Total accesses to the seafarers' insurance website", "件", "HIGHER", "", "", "Counting method changed in FY2023; see kpi_method_versions.", "seed-001", "L1673-L1678"),
]

METHOD_VERSIONS = [
    # kpi, ver, from, to, definition_ja, definition_en, doc, locator, uncertain, note
    ("K-REFERRAL-VISIT", 1, "", 2023, "受診勧奨後3か月以内の受診割合", "Share who saw a doctor within 3 months of the recommendation letter", "seed-002", "L670", False,
     "Printed under the Mie chart: 令和5年度までは受診勧奨後3か月以内の受診割合. Earliest year of this definition not printed."),
    ("K-REFERRAL-VISIT", 2, 2024, 2024, "健診受診月から10か月以内に医療機関を受診した者の割合", "Share who saw a doctor within 10 months of the checkup month", "seed-001", "L621-L622", False,
     "Marked 【新設】 in the FY2024 KPI list (seed-001 L1114)."),
    ("K-REFERRAL-VISIT", 3, 2025, "", "血圧、血糖、脂質の未治療者において健診受診月から10か月以内に医療機関を受診した者の割合（※）（※）2025（令和7）年度から開始する胸部エックス線検査に基づく受診勧奨における医療機関受診率を除く",
     "As version 2, excluding the medical-visit rate of the chest X-ray recommendation stream that starts in FY2025", "seed-000", "L461-L463", False, "Same wording in seed-002 L635-L639."),
    ("K-ASSESSMENT-RATE", 1, "", 2023, "", "Assessment rate on the basis used up to FY2023 (not defined in the seeds)", "seed-002", "L188", False,
     "※令和6年度より協会単独の点検査定率へ変更: values up to FY2023 are not comparable with FY2024 onwards."),
    ("K-ASSESSMENT-RATE", 2, 2024, "", "査定率＝協会のレセプト点検により査定（減額）した額÷協会の医療費総額", "Association-only assessment rate = amount reduced by the association's own review ÷ the association's total medical cost",
     "seed-001", "L233-L234", False, "Marked 【新設】 in the FY2024 KPI list (seed-001 L1022)."),
    ("K-SF-WEBSITE-ACCESS", 1, "", 2022, "", "Website access count under the counting tool used up to FY2022", "seed-001", "L1979-L1982", False,
     "※ホームページアクセス数集計ツール仕様変更に伴いアクセス数の集計方法が令和5年度より変更となったため、令和4年度以前の数値は除外する。"),
    ("K-SF-WEBSITE-ACCESS", 2, 2023, "", "", "Website access count under the counting method changed in FY2023", "seed-001", "L1979-L1982", False, ""),
    ("K-CARD-RETURN-1M", 1, "", 2024, "日本年金機構回収分も含めた資格喪失後1か月以内の健康保険証回収率", "Card return rate within 1 month, valid until the card is abolished", "seed-000", "L713-L719", True,
     "The Nagano table prints ※R6.11に終了 beside this KPI (column position garbled); seed-001 L284-L286 limits it to the period before the card is abolished."),
    ("K-POSTAL-RATE", 1, "", 2024, "現金給付等の申請に係る郵送化率", "Postal-submission rate; replaced in FY2025 by the counter-receipt rate", "seed-000", "L676-L681", True,
     "The margin tag 変更あり (L721) is detached from its row; read as applying to this change (research notes)."),
]

# ---------------------------------------------------------------------------------------------
TARGETS = []
RESULTS = []
_tid = [0]
_rid = [0]


def _unit_after(seed, locator, pv):
    """Printed unit right after the printed value on the cited lines ('' if none)."""
    text = "".join(seed_lines(seed)[n] for a, b in parse_locator(locator) for n in range(a, b + 1))
    t = re.sub(r"\s+", "", text)
    v = re.sub(r"\s+", "", pv)
    i = t.find(v)
    if i < 0:
        raise ValueError("printed value %r not in %s %s" % (pv, seed, locator))
    rest = t[i + len(v):]
    for u in ("事業所", "支部", "％", "%", "円", "件", "人", "社", "日", "位"):
        if rest.startswith(u):
            return u
    return ""


def T(doc, org, fy, kpi, cmp, rule, pv="", loc="", thr=None, unit=None, as_of="", pn="", pd="", status="",
      unc=False, note="", seed=None, branch_count=""):
    seed = seed or doc.split("/")[0]
    _tid[0] += 1
    if thr is None:
        thr = to_number(pv) if pv and re.fullmatch(r"[0-9,.０-９]+", pv) else ""
    if unit is None:
        unit = _unit_after(seed, loc, pv) if pv else ""
    TARGETS.append(dict(target_id="T%04d" % _tid[0], document_code=doc, org_unit=org, fiscal_year=fy, kpi_code=kpi,
                        comparator=cmp, rule_type=rule, threshold=thr, printed_value=pv, printed_unit=unit,
                        as_of_date=as_of, planned_numerator=to_number(pn) if pn else "",
                        planned_denominator=to_number(pd) if pd else "", target_branch_count=branch_count,
                        kpi_status=status, document=seed, locator=loc, quality="PUBLISHED", uncertain=unc, note=note))


def R(doc, org, fy, kpi, pv, loc, value=None, unit=None, basis="FISCAL_YEAR", as_of="", data_fy="", num="", den="",
      mark="", group="", phrase="", scope="", unc=False, note="", seed=None, quality="PUBLISHED", from_fy=""):
    seed = seed or doc.split("/")[0]
    _rid[0] += 1
    if value is None:
        value = to_number(pv) if re.fullmatch(r"[+＋▲△]?[0-9,.０-９]+", pv.replace(" ", "")) else ""
    if unit is None:
        unit = _unit_after(seed, loc, pv)
    RESULTS.append(dict(result_id="R%04d" % _rid[0], document_code=doc, org_unit=org, scope=scope or ("NATIONAL" if org == "00" else "BRANCH"),
                        fiscal_year=fy, data_fy=data_fy or fy, period_basis=basis, period_from_fy=from_fy, as_of_date=as_of,
                        kpi_code=kpi, value=value, printed_value=pv, printed_unit=unit,
                        numerator=to_number(num) if num else "", denominator=to_number(den) if den else "",
                        attainment_published=mark, attainment_group=group, attainment_phrase_ja=phrase,
                        document=seed, locator=loc, quality=quality, uncertain=unc, note=note))


GTE, LTE, EQ = "GTE", "LTE", "EQ"
ABS, PRI, PRE, AVG, MAX, INC, ASOF, ALLB, QUAL, NOTSET = ("ABSOLUTE", "PRIOR_YEAR", "PRIOR_YEAR_END", "AVERAGE_3Y",
                                                          "MAX_PRIOR_OR_AVERAGE_3Y", "INCREMENT", "AS_OF_DATE",
                                                          "ALL_BRANCHES_THRESHOLD", "QUALITATIVE", "NOT_SET")


def seed000():
    d = "seed-000/nagano-business-plan-2025"
    T(d, "20", 2025, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L199")
    T(d, "20", 2025, "K-SS-AVG-DAYS", LTE, ABS, "7", "L200", note="を維持する (keep at or below 7 days).")
    T(d, "20", 2025, "K-COUNTER-RECEIPT-RATE", LTE, PRI, loc="L201", status="NEW")
    T(d, "20", 2025, "K-ASSESSMENT-RATE", GTE, PRI, loc="L240-L241")
    T(d, "20", 2025, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L242")
    T(d, "20", 2025, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L266")
    T(d, "20", 2025, "K-CHECKUP-INSURED", GTE, ABS, "65.6", "L390-L396", pn="180,224", pd="274,731",
      note="L396 is garbled (area label fused with the KPI line); planned volumes L390-L391.")
    T(d, "20", 2025, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "15.6", "L390-L398", pn="42,859", pd="274,731")
    T(d, "20", 2025, "K-CHECKUP-DEPENDANT", GTE, ABS, "37.4", "L394-L399", pn="21,867", pd="58,466")
    T(d, "20", 2025, "K-GUIDANCE-INSURED", GTE, ABS, "33.9", "L435-L441", pn="14,672", pd="43,279")
    T(d, "20", 2025, "K-GUIDANCE-DEPENDANT", GTE, ABS, "24.0", "L438-L442", pn="458", pd="1,906")
    T(d, "20", 2025, "K-REFERRAL-VISIT", GTE, PRI, loc="L461-L463")
    T(d, "20", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "1,460", "L487-L488")
    T(d, "20", 2025, "K-GENERIC-SHARE", GTE, PRE, loc="L533-L534")
    T(d, "20", 2025, "K-BIOSIMILAR-PROJECT", "", QUAL, loc="L536")
    T(d, "20", 2025, "K-COMMISSIONER-COVERAGE", GTE, ABS, "61.4", "L577")
    T(d, "20", 2025, "K-LINE-MONTHLY", "", QUAL, loc="L578")
    T(d, "20", 2025, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L579")
    T(d, "20", 2025, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L653")

    k = "seed-000/kpi-table-2025"
    # column 1: 令和7年度 協会事業計画 (national)
    T(k, "00", 2025, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L664")
    T(k, "00", 2025, "K-SS-AVG-DAYS", LTE, ABS, "7", "L665", status="NEW", unc=True,
      note="Margin tag 新規 (L723) detached from its row; read as this KPI (research notes).")
    T(k, "00", 2025, "K-COUNTER-RECEIPT-RATE", LTE, PRI, loc="L676", status="CHANGED", unc=True,
      note="Margin tag 変更あり (L721) detached from its row; read as the replacement of the postal rate.")
    T(k, "00", 2025, "K-ASSESSMENT-RATE", GTE, PRI, loc="L684-L686")
    T(k, "00", 2025, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L697")
    T(k, "00", 2025, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L704")
    T(k, "00", 2025, "K-CHECKUP-INSURED", GTE, ABS, "63.5", "L734", note="Table wording 受診率.")
    T(k, "00", 2025, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "9.0", "L735")
    T(k, "00", 2025, "K-CHECKUP-DEPENDANT", GTE, ABS, "31.6", "L736")
    T(k, "00", 2025, "K-GUIDANCE-INSURED", GTE, ABS, "24.3", "L762")
    T(k, "00", 2025, "K-GUIDANCE-DEPENDANT", GTE, ABS, "19.4", "L763")
    T(k, "00", 2025, "K-REFERRAL-VISIT", GTE, PRI, loc="L775")
    T(k, "00", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "106,000", "L781")
    T(k, "00", 2025, "K-GENERIC-SHARE", GTE, ALLB, "80", "L787-L789", branch_count="",
      note="Per branch: below 80 % reach 80 %; at or above 80 % at least the previous fiscal year-end value (医科・DPC・調剤・歯科).")
    T(k, "00", 2025, "K-BIOSIMILAR-INGREDIENT-SHARE", GTE, ABS, "21", "L800-L801")
    T(k, "00", 2025, "K-WEBSITE-ACCESS", GTE, ABS, "1億3,700万", "L816", thr="137000000", unit="")
    T(k, "00", 2025, "K-LINE-MONTHLY", "", QUAL, loc="L818", note="全支部でSNS（LINE公式アカウント）を運用し、毎月情報発信を行う (all branches).")
    T(k, "00", 2025, "K-COMMISSIONER-COVERAGE", GTE, ABS, "54", "L820-L821")
    T(k, "00", 2025, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L820-L821")
    T(k, "00", 2025, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L845")
    # column 2: 令和7年度 支部事業計画 (Nagano)
    u = "Column assignment of the interleaved 3-column table relies on the fixed column order and the narrative (research notes)."
    T(k, "20", 2025, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L668", unc=True, note=u)
    T(k, "20", 2025, "K-SS-AVG-DAYS", LTE, ABS, "7", "L669", unc=True, note=u)
    T(k, "20", 2025, "K-COUNTER-RECEIPT-RATE", LTE, PRI, loc="L678", unc=True, note=u)
    T(k, "20", 2025, "K-ASSESSMENT-RATE", GTE, PRI, loc="L688", unc=True, note=u)
    T(k, "20", 2025, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L697", unc=True, note=u)
    T(k, "20", 2025, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L704", unc=True, note=u)
    T(k, "20", 2025, "K-CHECKUP-INSURED", GTE, ABS, "65.6", "L739-L741", unc=True, note=u)
    T(k, "20", 2025, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "15.6", "L742-L744", unc=True, note=u)
    T(k, "20", 2025, "K-CHECKUP-DEPENDANT", GTE, ABS, "37.4", "L745-L747", unc=True, note=u)
    T(k, "20", 2025, "K-GUIDANCE-INSURED", GTE, ABS, "33.9", "L766", unc=True, note=u)
    T(k, "20", 2025, "K-GUIDANCE-DEPENDANT", GTE, ABS, "24.0", "L767", unc=True, note=u)
    T(k, "20", 2025, "K-REFERRAL-VISIT", GTE, PRI, loc="L777", unc=True, note=u)
    T(k, "20", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "1,460", "L783", unc=True, note=u)
    T(k, "20", 2025, "K-GENERIC-SHARE", GTE, PRE, loc="L791-L792", unc=True, note=u)
    T(k, "20", 2025, "K-BIOSIMILAR-PROJECT", "", QUAL, loc="L803-L805", unc=True, note=u)
    T(k, "20", 2025, "K-WEBSITE-ACCESS", "", NOTSET, loc="L824", unc=True, note="（支部でのKPI設定なし） " + u)
    T(k, "20", 2025, "K-LINE-MONTHLY", "", QUAL, loc="L826", unc=True, note=u)
    T(k, "20", 2025, "K-COMMISSIONER-COVERAGE", GTE, ABS, "61.4", "L828", unc=True, note="No 以上 printed in the table; the narrative (L577) says 以上. " + u)
    T(k, "20", 2025, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L829", unc=True, note=u)
    T(k, "20", 2025, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L845", unc=True, note="Second of the three values on L845. " + u)
    # column 3: 令和6年度 支部事業計画 (Nagano FY2024)
    T(k, "20", 2024, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L672-L673", unc=True, note=u)
    T(k, "20", 2024, "K-POSTAL-RATE", GTE, PRI, "96.0", "L679-L681", unc=True, note="Rule 対前年度以上 with the resolved threshold printed. " + u)
    T(k, "20", 2024, "K-ASSESSMENT-RATE", GTE, PRI, "0.182", "L690-L694", unc=True, note="前年度以上（0.182％以上）: resolved threshold printed; reference year not stated. " + u)
    T(k, "20", 2024, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, "4,817", "L699-L700", unc=True, note=u)
    T(k, "20", 2024, "K-REFUND-RECOVERY-RATE", GTE, PRI, "79.81", "L706-L711", unc=True, note=u)
    T(k, "20", 2024, "K-CARD-RETURN-1M", GTE, PRI, "85.4", "L713-L719", status="ENDED", unc=True, note="※R6.11に終了 (ended November 2024). " + u)
    T(k, "20", 2024, "K-CHECKUP-INSURED", GTE, ABS, "63.3", "L750-L752", unc=True, note=u)
    T(k, "20", 2024, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "15.6", "L753-L755", unc=True, note=u)
    T(k, "20", 2024, "K-CHECKUP-DEPENDANT", GTE, ABS, "36.4", "L756-L758", unc=True, note=u)
    T(k, "20", 2024, "K-GUIDANCE-INSURED", GTE, ABS, "32.6", "L770", unc=True, note=u)
    T(k, "20", 2024, "K-GUIDANCE-DEPENDANT", GTE, ABS, "28.1", "L771", unc=True, note=u)
    T(k, "20", 2024, "K-REFERRAL-VISIT", GTE, ABS, "35.4", "L777", unc=True, note="Absolute in FY2024 (relative in FY2025). " + u)
    T(k, "20", 2024, "K-HEALTH-DECLARATION", GTE, ABS, "1,410", "L783", unc=True, note=u)
    T(k, "20", 2024, "K-GENERIC-SHARE", GTE, PRI, "85.1", "L794-L796", unc=True, note="対前年度以上（85.1％以上）. " + u)
    T(k, "20", 2024, "K-BIOSIMILAR-INGREDIENT-SHARE", "", NOTSET, loc="L807", unc=True, note="（支部でのKPI設定なし） " + u)
    T(k, "20", 2024, "K-WEBSITE-ACCESS", "", NOTSET, loc="L832", unc=True, note="（支部でのKPI設定なし） " + u)
    T(k, "20", 2024, "K-LINE-MONTHLY", "", NOTSET, "―", "L834", thr="", unit="", unc=True, note="Printed ― : no such KPI in FY2024. " + u)
    T(k, "20", 2024, "K-COMMISSIONER-COVERAGE", GTE, ABS, "60.1", "L836-L837", unc=True, note="Printed without 以上; comparator inferred. " + u)
    T(k, "20", 2024, "K-COMMISSIONER-ESTABLISHMENTS", GTE, ABS, "4,921", "L838-L839", unc=True,
      note="Printed 4,921事業所以上; may be a resolved prior-year value (not stated). " + u)
    T(k, "20", 2024, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L845", unc=True, note="Third of the three values on L845. " + u)


def seed001():
    d = "seed-001/health-business-plan-2024"
    T(d, "00", 2024, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L175")
    T(d, "00", 2024, "K-POSTAL-RATE", GTE, PRI, loc="L176")
    T(d, "00", 2024, "K-ASSESSMENT-RATE", GTE, PRI, loc="L233-L234")
    T(d, "00", 2024, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L236")
    T(d, "00", 2024, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L280-L281")
    T(d, "00", 2024, "K-CARD-RETURN-1M", GTE, PRI, loc="L282-L286", note="Only until the health insurance card is abolished.")
    T(d, "00", 2024, "K-MYNA-USAGE", GTE, ASOF, "50", "L334", as_of="2024-11-30")
    T(d, "00", 2024, "K-CHECKUP-INSURED", GTE, ABS, "61.7", "L528")
    T(d, "00", 2024, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "8.8", "L529")
    T(d, "00", 2024, "K-CHECKUP-DEPENDANT", GTE, ABS, "30.3", "L537")
    T(d, "00", 2024, "K-GUIDANCE-INSURED", GTE, ABS, "21.5", "L597")
    T(d, "00", 2024, "K-GUIDANCE-DEPENDANT", GTE, ABS, "18.1", "L598")
    T(d, "00", 2024, "K-REFERRAL-VISIT", GTE, PRI, loc="L621-L622")
    T(d, "00", 2024, "K-HEALTH-DECLARATION", GTE, ABS, "100,000", "L655-L658")
    T(d, "00", 2024, "K-GENERIC-SHARE", GTE, ALLB, "80", "L732-L735", note="Per branch: below 80 % reach 80 %; at or above 80 % at least the previous year at fiscal year-end.")
    T(d, "00", 2024, "K-BIOSIMILAR-INGREDIENT-SHARE", GTE, ABS, "18", "L737-L739")
    T(d, "00", 2024, "K-WEBSITE-ACCESS", GTE, ABS, "1億3,500万", "L827", thr="135000000", unit="")
    T(d, "00", 2024, "K-COMMISSIONER-COVERAGE", GTE, ABS, "50", "L828-L830")
    T(d, "00", 2024, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L830-L831")
    T(d, "00", 2024, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L954-L955")

    k = "seed-001/health-kpi-list-2024"
    T(k, "00", 2024, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L996-L997")
    T(k, "00", 2024, "K-POSTAL-RATE", GTE, PRI, loc="L998-L1000")
    T(k, "00", 2024, "K-ASSESSMENT-RATE", GTE, PRI, loc="L1013-L1022", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L1019-L1020")
    T(k, "00", 2024, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L1037-L1048", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-CARD-RETURN-1M", GTE, PRI, loc="L1041-L1046")
    T(k, "00", 2024, "K-MYNA-USAGE", GTE, ASOF, "50", "L1057-L1060", as_of="2024-11-30", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-CHECKUP-INSURED", GTE, ABS, "61.7", "L1073-L1074")
    T(k, "00", 2024, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "8.8", "L1076-L1077")
    T(k, "00", 2024, "K-CHECKUP-DEPENDANT", GTE, ABS, "30.3", "L1079-L1080")
    T(k, "00", 2024, "K-GUIDANCE-INSURED", GTE, ABS, "21.5", "L1090-L1091")
    T(k, "00", 2024, "K-GUIDANCE-DEPENDANT", GTE, ABS, "18.1", "L1098-L1099")
    T(k, "00", 2024, "K-REFERRAL-VISIT", GTE, PRI, loc="L1110-L1114", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-HEALTH-DECLARATION", GTE, ABS, "100,000", "L1120-L1125")
    T(k, "00", 2024, "K-GENERIC-SHARE", GTE, ALLB, "80", "L1134-L1140")
    T(k, "00", 2024, "K-BIOSIMILAR-INGREDIENT-SHARE", GTE, ABS, "18", "L1142-L1156", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-WEBSITE-ACCESS", GTE, ABS, "1億3,500", "L1165-L1176", thr="135000000", unit="", status="NEW",
      note="Printed 1 億 3,500 / 万 across a line break (1億3,500万); 【新設】.")
    T(k, "00", 2024, "K-COMMISSIONER-COVERAGE", GTE, ABS, "50", "L1168-L1172")
    T(k, "00", 2024, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L1170-L1172")
    T(k, "00", 2024, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L1191-L1193",
      note="Filed under Ⅱ）内部統制等 ⑤ in the list; the narrative numbers the measure ➅.")
    # baselines 参考：令和４年度末 = FY2022 year-end results
    b = dict(basis="FISCAL_YEAR_END")
    R(k, "00", 2022, "K-SS-ACHIEVEMENT", "99.99", "L1002", **b)
    R(k, "00", 2022, "K-POSTAL-RATE", "95.7", "L1004", **b)
    R(k, "00", 2022, "K-REEXAM-AMOUNT-PER-CLAIM", "7,125", "L1026", **b)
    R(k, "00", 2022, "K-CARD-RETURN-1M", "86.27", "L1051", **b)
    R(k, "00", 2022, "K-CHECKUP-INSURED", "56.4", "L1084", **b)
    R(k, "00", 2022, "K-EMPLOYER-CHECKUP-DATA", "8.8", "L1086", **b)
    R(k, "00", 2022, "K-CHECKUP-DEPENDANT", "27.7", "L1088", **b)
    R(k, "00", 2022, "K-GUIDANCE-INSURED", "18.2", "L1093", **b)
    R(k, "00", 2022, "K-GUIDANCE-DEPENDANT", "15.5", "L1103", **b)
    R(k, "00", 2022, "K-HEALTH-DECLARATION", "81,526", "L1127", **b)
    R(k, "00", 2022, "K-GENERIC-SHARE", "44", "L1149", basis="BRANCH_COUNT",
      note="Number of branches (44 支部) printed as the FY2022 year-end reference of the all-branches rule; most likely branches at or above 80 % (research notes).")
    R(k, "00", 2022, "K-COMMISSIONER-COVERAGE", "50.8", "L1178", **b)
    R(k, "00", 2022, "K-COMMISSIONER-ESTABLISHMENTS", "270,116", "L1178-L1180", **b)
    R(k, "00", 2022, "K-SINGLE-BID-SHARE", "14.3", "L1195", **b)

    s = "seed-001/seafarers-business-plan-2024"
    T(s, "00", 2024, "K-SF-REVIEW-EFFECT-PER-INSURED", GTE, AVG, loc="L1308-L1314")
    T(s, "00", 2024, "K-SF-CARD-RETURN-1M", GTE, MAX, loc="L1332-L1334")
    T(s, "00", 2024, "K-SF-REFUND-RECOVERY-CURRENT", GTE, MAX, loc="L1336-L1337")
    T(s, "00", 2024, "K-SF-REFUND-RECOVERY-PRIOR", GTE, MAX, loc="L1339-L1340")
    T(s, "00", 2024, "K-SF-MYNA-USAGE", GTE, ASOF, "50", "L1389-L1391", as_of="2024-11-30")
    T(s, "00", 2024, "K-SF-HIGH-COST-APPLICATION", GTE, MAX, loc="L1420-L1421")
    T(s, "00", 2024, "K-SF-OCC-TOPUP-APPLICATION", GTE, MAX, loc="L1422-L1423")
    T(s, "00", 2024, "K-SF-CHECKUP-INSURED", GTE, ABS, "50.0", "L1488")
    T(s, "00", 2024, "K-SF-HANDBOOK-DATA", GTE, ABS, "18.0", "L1489")
    T(s, "00", 2024, "K-SF-CHECKUP-DEPENDANT", GTE, ABS, "32.0", "L1490")
    T(s, "00", 2024, "K-SF-GUIDANCE-INSURED", GTE, ABS, "16.0", "L1524")
    T(s, "00", 2024, "K-SF-GUIDANCE-DEPENDANT", GTE, ABS, "25.0", "L1525")
    T(s, "00", 2024, "K-SF-SMOKING-COMPLETERS", GTE, ABS, "70", "L1562-L1563", unit="人")
    T(s, "00", 2024, "K-SF-DECLARATION-SHIPOWNERS-INCREASE", GTE, INC, "60", "L1594-L1595",
      note="Increase over the previous year of at least 60 shipowners; DH-plan goal 550 by FY2029 (L1597-L1600).")
    T(s, "00", 2024, "K-SF-GENERIC-SHARE", GTE, ABS, "85.0", "L1627-L1629")
    T(s, "00", 2024, "K-SF-WEBSITE-ACCESS", GTE, MAX, loc="L1673-L1678", note="FY2022 and earlier values excluded (counting method changed in FY2023).")
    k = "seed-001/seafarers-kpi-list-2024"
    T(k, "00", 2024, "K-SF-REVIEW-EFFECT-PER-INSURED", GTE, AVG, loc="L1816-L1823")
    T(k, "00", 2024, "K-SF-CARD-RETURN-1M", GTE, MAX, loc="L1832-L1835")
    T(k, "00", 2024, "K-SF-REFUND-RECOVERY-CURRENT", GTE, MAX, loc="L1837-L1839")
    T(k, "00", 2024, "K-SF-REFUND-RECOVERY-PRIOR", GTE, MAX, loc="L1840-L1843")
    T(k, "00", 2024, "K-SF-MYNA-USAGE", GTE, ASOF, "50", "L1867-L1870", as_of="2024-11-30", status="NEW", note="【新設】")
    T(k, "00", 2024, "K-SF-HIGH-COST-APPLICATION", GTE, MAX, loc="L1872-L1874")
    T(k, "00", 2024, "K-SF-OCC-TOPUP-APPLICATION", GTE, MAX, loc="L1875-L1878")
    T(k, "00", 2024, "K-SF-CHECKUP-INSURED", GTE, ABS, "50.0", "L1898-L1899")
    T(k, "00", 2024, "K-SF-HANDBOOK-DATA", GTE, ABS, "18.0", "L1901-L1902")
    T(k, "00", 2024, "K-SF-CHECKUP-DEPENDANT", GTE, ABS, "32.0", "L1904-L1905")
    T(k, "00", 2024, "K-SF-GUIDANCE-INSURED", GTE, ABS, "16.0", "L1919-L1920")
    T(k, "00", 2024, "K-SF-GUIDANCE-DEPENDANT", GTE, ABS, "25.0", "L1922-L1923")
    T(k, "00", 2024, "K-SF-SMOKING-COMPLETERS", GTE, ABS, "70", "L1933-L1936", unit="人")
    T(k, "00", 2024, "K-SF-DECLARATION-SHIPOWNERS-INCREASE", GTE, INC, "60", "L1944-L1952")
    T(k, "00", 2024, "K-SF-GENERIC-SHARE", GTE, ABS, "85.0", "L1959-L1962")
    T(k, "00", 2024, "K-SF-WEBSITE-ACCESS", GTE, MAX, loc="L1969-L1982")
    e = dict(basis="FISCAL_YEAR_END")
    R(k, "00", 2021, "K-SF-REVIEW-EFFECT-PER-INSURED", "144.7", "L1825", **e)
    R(k, "00", 2022, "K-SF-REVIEW-EFFECT-PER-INSURED", "176.3", "L1826", **e, note="Only FY2021 and FY2022 printed although the rule uses a 3-year average.")
    avg = dict(basis="AVERAGE_3Y", from_fy=2020)
    pooled = "Printed average differs from the arithmetic mean of the printed yearly rates; probably a pooled ratio (Σ numerators ÷ Σ denominators)."
    for kpi, vals, avl, mean in [
        ("K-SF-CARD-RETURN-1M", [("90.8", "L1845"), ("90.3", "L1846"), ("89.0", "L1847")], ("89.9", "L1849"), "90.03"),
        ("K-SF-REFUND-RECOVERY-CURRENT", [("83.4", "L1850"), ("80.3", "L1852"), ("67.5", "L1853")], ("75.7", "L1855"), "77.07"),
        ("K-SF-REFUND-RECOVERY-PRIOR", [("12.8", "L1856"), ("9.0", "L1858"), ("16.0", "L1859")], ("12.7", "L1861"), "12.60"),
        ("K-SF-HIGH-COST-APPLICATION", [("69.6", "L1880"), ("75.8", "L1881"), ("81.5", "L1882")], ("75.6", "L1884"), None),
        ("K-SF-OCC-TOPUP-APPLICATION", [("81.7", "L1885"), ("83.3", "L1887"), ("84.2", "L1888")], ("83.1", "L1890"), None),
    ]:
        for fy, (pv, lc) in zip((2020, 2021, 2022), vals):
            R(k, "00", fy, kpi, pv, lc, **e)
        R(k, "00", 2022, kpi, avl[0], avl[1], note=(pooled + " Arithmetic mean = %s." % mean) if mean else "Printed 3-year average (上記3年度の平均値).", **avg)
    R(k, "00", 2022, "K-SF-CHECKUP-INSURED", "46.4", "L1907", **e)
    R(k, "00", 2022, "K-SF-HANDBOOK-DATA", "17.9", "L1910", **e)
    R(k, "00", 2022, "K-SF-CHECKUP-DEPENDANT", "28.9", "L1913", **e)
    R(k, "00", 2022, "K-SF-GUIDANCE-INSURED", "13.7", "L1925", **e)
    R(k, "00", 2022, "K-SF-GUIDANCE-DEPENDANT", "21.8", "L1928", **e)
    R(k, "00", 2022, "K-SF-SMOKING-COMPLETERS", "126", "L1938", **e)
    R(k, "00", 2022, "K-SF-DECLARATION-SHIPOWNERS-INCREASE", "25", "L1954", note="Printed 令和 4 年度：25 社増.")
    R(k, "00", 2022, "K-SF-GENERIC-SHARE", "84.6", "L1964", **e)
    wn = "Listed although the note (L1979-L1982) says FY2022 and earlier values are excluded (method change in FY2023)."
    R(k, "00", 2020, "K-SF-WEBSITE-ACCESS", "1,294,598", "L1973", note=wn, **e)
    R(k, "00", 2021, "K-SF-WEBSITE-ACCESS", "1,219,376", "L1974", note=wn, **e)
    R(k, "00", 2022, "K-SF-WEBSITE-ACCESS", "1,241,586", "L1975", note=wn, **e)
    R(k, "00", 2022, "K-SF-WEBSITE-ACCESS", "1,251,853", "L1976-L1984", note="Label 上記3年度の平均値 (L1976) and value (L1984) split by a page break. " + wn, unc=True, **avg)


CHART_NOTE = ("Read from a flattened chart: series order Mie actual x3, Mie KPI x3, national actual x2 "
              "(research notes, seed-002 §0); confirmed where 前年度以上 KPIs equal the prior actual.")


def seed002():
    d = "seed-002/mie-business-plan-2025"
    T(d, "24", 2025, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L37")
    T(d, "24", 2025, "K-SS-AVG-DAYS", LTE, ABS, "7", "L39")
    T(d, "24", 2025, "K-COUNTER-RECEIPT-RATE", LTE, PRI, loc="L41")
    T(d, "24", 2025, "K-ASSESSMENT-RATE", GTE, PRI, loc="L114-L116")
    T(d, "24", 2025, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, loc="L118")
    T(d, "24", 2025, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L242")
    T(d, "24", 2025, "K-CHECKUP-INSURED", GTE, ABS, "69.5", "L502")
    T(d, "24", 2025, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "11.0", "L504")
    T(d, "24", 2025, "K-CHECKUP-DEPENDANT", GTE, ABS, "34.5", "L506")
    T(d, "24", 2025, "K-GUIDANCE-INSURED", GTE, ABS, "22.0", "L591")
    T(d, "24", 2025, "K-GUIDANCE-DEPENDANT", GTE, ABS, "18.5", "L593")
    T(d, "24", 2025, "K-REFERRAL-VISIT", GTE, PRI, loc="L635-L639")
    T(d, "24", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "1,750", "L755-L757")
    T(d, "24", 2025, "K-GENERIC-SHARE", GTE, PRE, loc="L805")
    T(d, "24", 2025, "K-BIOSIMILAR-PROJECT", "", QUAL, loc="L807")
    T(d, "24", 2025, "K-COMMISSIONER-COVERAGE", GTE, ABS, "52.4", "L894")
    T(d, "24", 2025, "K-LINE-MONTHLY", "", QUAL, loc="L896")
    T(d, "24", 2025, "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, loc="L898")
    T(d, "24", 2025, "K-SINGLE-BID-SHARE", LTE, ABS, "15", "L1114")
    T(d, "24", 2023, "K-GUIDANCE-DEPENDANT", GTE, ABS, "24.9", "L612", unc=True,
      note="Printed ※被扶養者における特定保健指導実施率 15.0％（KPI 24.9％）; the year is not printed (probably FY2023).")
    R(d, "24", 2023, "K-GUIDANCE-DEPENDANT", "15.0", "L612", unc=True, note="Year not printed (probably FY2023).")
    charts = [
        # kpi, actual[(pv,loc,asof)], kpi[(pv,loc)], national[(pv,loc)], comparator, note
        ("K-POSTAL-RATE", [("96", "L71", ""), ("95.7", "L71", ""), ("95.9", "L71", "2024-10")],
         [("95.5", "L71"), ("96.0", "L71"), ("95.7", "L71")], [("95.7", "L73"), ("95.6", "L73")], GTE, ""),
        ("K-REEXAM-AMOUNT-PER-CLAIM", [("6,742", "L130", ""), ("8,683", "L132", ""), ("10,647", "L134", "2024-09")],
         [("4,422", "L136"), ("6,742", "L138"), ("8,683", "L140")], [("7,125", "L141"), ("8,472", "L143")], GTE, ""),
        ("K-ASSESSMENT-RATE", [("0.325", "L169", ""), ("0.371", "L169", ""), ("0.129", "L171", "2024-09")],
         [("0.242", "L173"), ("0.325", "L175"), ("0.156", "L177")], [("0.337", "L179"), ("0.423", "L180")], GTE,
         "FY2024 values on the association-only basis (※令和6年度より協会単独の点検査定率へ変更, L188); not comparable with FY2022-23."),
        ("K-CARD-RETURN-1M", [("90.84", "L209", ""), ("91.32", "L209", ""), ("91.60", "L209", "2024-11")],
         [("89.70", "L211"), ("90.84", "L212"), ("91.32", "L212")], [("86.27", "L214"), ("82.10", "L216")], GTE, "Chart title 保険証回収率."),
        ("K-REFUND-RECOVERY-RATE", [("69.20", "L224", ""), ("74.43", "L225", ""), ("53.89", "L227", "2024-10")],
         [("67.99", "L229"), ("69.20", "L229"), ("74.43", "L230")], [("54.35", "L232"), ("53.29", "L232")], GTE,
         "Chart title 返納金債権回収率; national values differ from seed-004's national KPI (63.35 % for FY2023), so the chart basis may differ."),
        ("K-CHECKUP-INSURED", [("69.7", "L472", ""), ("71.2", "L472", ""), ("29.3", "L474", "2024-10")],
         [("66.0", "L476"), ("67.6", "L476"), ("68.5", "L476")], [("56.4", "L478"), ("57.7", "L478")], GTE, ""),
        ("K-CHECKUP-DEPENDANT", [("31.1", "L487", ""), ("31.9", "L487", ""), ("12.9", "L489", "2024-10")],
         [("30.3", "L491"), ("31.7", "L491"), ("34.1", "L492")], [("27.7", "L494"), ("28.3", "L494")], GTE, ""),
        ("K-EMPLOYER-CHECKUP-DATA", [("10.9", "L533", ""), ("7.5", "L535", ""), ("3.6", "L537", "2024-10")],
         [("14.0", "L539"), ("14.6", "L539"), ("11.0", "L541")], [("8.8", "L543"), ("7.1", "L544")], GTE, ""),
        ("K-GUIDANCE-INSURED", [("16.2", "L575", ""), ("17.7", "L576", ""), ("9.4", "L578", "2024-10")],
         [("30.3", "L580"), ("37.3", "L580"), ("20.2", "L582")], [("18.2", "L582"), ("19.8", "L583")], GTE, ""),
        ("K-REFERRAL-VISIT", [("10.3", "L652", ""), ("11.3", "L652", ""), ("36.5", "L654", "2024-10")],
         [("12.4", "L656"), ("13.1", "L656"), ("34.4", "L658")], [("9.9", "L660"), ("9.2", "L660")], GTE,
         "FY2022-23 values use method version 1 (within 3 months of the letter, L670); FY2024 uses version 2."),
        ("K-GENERIC-SHARE", [("81.1", "L792", ""), ("82.8", "L792", ""), ("83.9", "L792", "2024-08")],
         [("80.0", "L793"), ("80.0", "L793"), ("82.8", "L795")], [("81.7", "L797"), ("83.6", "L797")], GTE, ""),
        ("K-COMMISSIONER-COVERAGE", [("48.2", "L924", ""), ("51.6", "L925", ""), ("51.98", "L925", "2024-09")],
         [("46.6", "L927"), ("49.2", "L927"), ("50", "L927")], [("50.8", "L929"), ("52.6", "L929")], GTE, ""),
        ("K-SINGLE-BID-SHARE", [("10", "L1096", ""), ("0.0", "L1098", ""), ("15.4", "L1100", "2024-11")],
         [("20.0", "L1102"), ("20.0", "L1102"), ("15.0", "L1104")], [("14.3", "L1104"), ("9.9", "L1106")], LTE, ""),
    ]
    for kpi, act, kp, nat, cmp, extra in charts:
        note = CHART_NOTE + (" " + extra if extra else "")
        prev = None
        for fy, (pv, lc, asof) in zip((2022, 2023, 2024), act):
            if asof:
                R(d, "24", fy, kpi, pv, lc, basis="AS_OF_DATE", as_of=asof, unc=True,
                  note="Year-to-date/partial value at %s; not comparable with full-year values. " % asof + note)
            else:
                R(d, "24", fy, kpi, pv, lc, unc=True, note=note)
        acts = {fy: to_number(a[0]) for fy, a in zip((2022, 2023, 2024), act)}
        for fy, (pv, lc) in zip((2022, 2023, 2024), kp):
            same = fy - 1 in acts and to_number(pv) == acts[fy - 1]
            rule = PRI if same else ABS
            rn = ("Rule inferred: the chart KPI equals the FY%d actual. " % (fy - 1)) if same else "Rule not printed in the chart; treated as an absolute value. "
            T(d, "24", fy, kpi, cmp, rule, pv, lc, unc=True, note=rn + note)
        for fy, (pv, lc) in zip((2022, 2023), nat):
            R(d, "00", fy, kpi, pv, lc, unc=True, note="National actual (全国実績) printed in the Mie chart. " + note)
    R(d, "24", 2022, "K-HEALTH-DECLARATION", "1,492", "L745", unc=True,
      note="Chart total 計1,492事業所 = 1,453 not standardised + 39 standardised (L707-L711). " + CHART_NOTE)
    R(d, "24", 2023, "K-HEALTH-DECLARATION", "1,573", "L745", unc=True,
      note="Chart total 計1,573事業所 = 552 not standardised + 1,021 standardised (L709-L713).")
    p = "seed-002/mie-priority-issues-2025"
    T(p, "24", 2025, "K-SS-AVG-DAYS", LTE, ABS, "7", "L1171", status="NEW", note="参考 令和7年度からのKPI (L1178).")
    T(p, "24", 2025, "K-COUNTER-RECEIPT-RATE", LTE, PRI, loc="L1173", status="NEW", note="参考 令和7年度からのKPI (L1178).")
    T(p, "24", 2025, "K-REFUND-RECOVERY-RATE", GTE, PRI, loc="L1281", note="Printed 返納金債権（診療報酬返還金を除く）.")
    T(p, "24", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "1,750", "L1403-L1405")
    R(p, "24", 2023, "K-REFUND-RECOVERY-RATE", "78.19", "L1285-L1287",
      note="参考 令和5年度実績. Differs from the chart value 74.43 % (L225) for FY2023: different cut or definition (not explained).")
    R(p, "24", 2023, "K-HEALTH-DECLARATION", "1,573", "L1411-L1413", note="参考 令和5年度実績 (社); of which standardised 1,021社 (L1427).")


def seed003():
    g = "seed-003/yamanashi-goal-attainment-2024"
    T(g, "19", 2024, "K-INCENTIVE-RANK", LTE, ABS, "15", "L7-L9", status="NOT_KPI",
      note="Printed 15位以内/47支部中; the FY2024 plan sets no KPI for the incentive item (KPI 設定なし, L87).")
    R(g, "19", 2024, "K-INCENTIVE-RANK", "16", "L11-L14", data_fy=2023, mark="×", group="seed-003-G1",
      note="Result is the FY2023 (令和5年度実績) ranking, the latest confirmed one.")
    T(g, "19", 2024, "K-GENERIC-SHARE", GTE, PRE, "82.8", "L16-L23")
    R(g, "19", 2024, "K-GENERIC-SHARE", "89.1", "L25-L28", basis="AS_OF_DATE", as_of="2025-02", mark="〇", group="seed-003-G2",
      note="R7.2実績分 (February 2025 data).")
    T(g, "19", 2024, "K-COMMISSIONER-COVERAGE", GTE, ABS, "54.1", "L34-L39")
    R(g, "19", 2024, "K-COMMISSIONER-COVERAGE", "56.16", "L40", mark="〇", group="seed-003-G3")
    T(g, "19", 2024, "K-ADVOCACY", "", QUAL, "定性評価", "L46-L52", thr="", unit="")
    R(g, "19", 2024, "K-ADVOCACY", "実施済", "L53", value="", unit="", mark="－", group="seed-003-G4", note="Qualitative: done (実施済); not scored (－).")
    T(g, "19", 2024, "K-HEALTH-DECLARATION", GTE, ABS, "1,010", "L59-L62")
    R(g, "19", 2024, "K-HEALTH-DECLARATION", "1,138", "L63", mark="〇", group="seed-003-G5")
    T(g, "19", 2024, "K-SINGLE-BID-SHARE", LTE, ABS, "15.0", "L65-L68")
    R(g, "19", 2024, "K-SINGLE-BID-SHARE", "5.9", "L69", mark="〇", group="seed-003-G6")

    d = "seed-003/yamanashi-business-results-2024"
    R(d, "19", 2022, "K-INCENTIVE-RANK", "44", "L109-L111", unc=True, note="令和4年度実績（確定値） overall rank; flattened table read per research notes.")
    R(d, "19", 2023, "K-INCENTIVE-RANK", "16", "L109-L111", unc=True, note="令和5年度実績（確定値） overall rank (also L210); reflected in the FY2025 premium rate.")
    T(d, "19", 2024, "K-GENERIC-SHARE", GTE, PRE, "82.8", "L241-L245")
    R(d, "19", 2024, "K-GENERIC-SHARE", "89.1", "L245-L248", basis="AS_OF_DATE", as_of="2025-02", phrase="6.3％（目標達成）")
    T(d, "19", 2024, "K-COMMISSIONER-COVERAGE", GTE, ABS, "54.1", "L325-L331")
    R(d, "19", 2024, "K-COMMISSIONER-COVERAGE", "56.16", "L331", phrase="2.06％（目標達成）")
    T(d, "19", 2024, "K-HEALTH-DECLARATION", GTE, ABS, "1,010", "L515-L528", unit="社")
    R(d, "19", 2024, "K-HEALTH-DECLARATION", "1,138", "L528", basis="AS_OF_DATE", as_of="2025-03-31", phrase="128社（目標達成）",
      note="Cumulative entries at the end of March 2025 (社).")
    T(d, "19", 2025, "K-HEALTH-DECLARATION", GTE, ABS, "1,150", "L540", unit="社", unc=True,
      note="今年度目標（データヘルス計画）; printed under 課題・令和7年度の取組, read as the FY2025 target.")
    T(d, "19", 2024, "K-SINGLE-BID-SHARE", LTE, ABS, "15.0", "L628-L635", note="ただし、年間6件以下の場合は1件以下とする (L629).")
    R(d, "19", 2024, "K-SINGLE-BID-SHARE", "5.9", "L635", num="1", den="17", phrase="15.0％以下のため目標達成")
    T(d, "19", 2024, "K-CHECKUP-INSURED", GTE, ABS, "72.1", "L683-L722", pn="73,980", pd="102,607", note="Ages 40-74 (40-74歳).")
    R(d, "19", 2024, "K-CHECKUP-INSURED", "73.7", "L722-L726", num="78,870", den="106,993",
      note="Denominator = 令和6年度被保険者対象者数 106,993人 (as of 2025-03-31, L726); achievement 102% printed.")
    R(d, "19", 2023, "K-CHECKUP-INSURED", "79.0", "L722", note="令和5年度実施率 printed in the FY2024 table.")
    T(d, "19", 2024, "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "3.6", "L770", pn="3,694", pd="102,607")
    R(d, "19", 2024, "K-EMPLOYER-CHECKUP-DATA", "2.4", "L801", num="2,541", note="Achievement 67% printed.")
    R(d, "19", 2023, "K-EMPLOYER-CHECKUP-DATA", "2.7", "L801")
    T(d, "19", 2024, "K-CHECKUP-DEPENDANT", GTE, ABS, "42.1", "L827", pn="1,0760", pd="25,557", unc=True,
      note="Planned examinees printed 1,0760人 (garbled); read as 10,760 (10,760 / 25,557 = 42.1 %).")
    R(d, "19", 2024, "K-CHECKUP-DEPENDANT", "41.7", "L858-L862", num="9,517", den="22,796",
      note="Denominator = 令和6年度被扶養者対象者数 22,796人 (as of 2025-03-31, L862).")
    R(d, "19", 2023, "K-CHECKUP-DEPENDANT", "41.4", "L858")
    T(d, "19", 2024, "K-GUIDANCE-INSURED", GTE, ABS, "24.9", "L958", pn="3,915")
    R(d, "19", 2024, "K-GUIDANCE-INSURED", "28.9", "L960", num="4,585", note="Completions at the evaluation stage (協会 2,726 + 委託 1,859, L968).")
    T(d, "19", 2024, "K-GUIDANCE-DEPENDANT", GTE, ABS, "14.2", "L1018", pn="131")
    R(d, "19", 2024, "K-GUIDANCE-DEPENDANT", "7.7", "L1024", num="65")
    T(d, "19", 2024, "K-REFERRAL-VISIT", GTE, PRI, "31.3", "L1116-L1118",
      note="Threshold = the previous cohort's result (令和４年度 31.3 ％) printed in the result line.")
    R(d, "19", 2024, "K-REFERRAL-VISIT", "35.1", "L1157-L1159", num="3,484", den="9,924", data_fy=2023,
      note="Cohort: checkups April 2023 - March 2024 (R５.４月～R６.３月), evaluated in FY2024; also L1118.")
    R(d, "19", 2023, "K-REFERRAL-VISIT", "31.3", "L1118", data_fy=2022, note="Previous cohort (令和４年度 checkups).")
    T(d, "19", 2024, "K-DKD-GUIDANCE-PERSONS", GTE, ABS, "７", "L1179", status="NOT_KPI", note="Plan figure, not a KPI.")
    R(d, "19", 2024, "K-DKD-GUIDANCE-PERSONS", "２", "L1185", note="新規保健指導実施者 (new guidance participants); 73 invited (L1183).")
    T(d, "19", 2024, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L1252")
    T(d, "19", 2023, "K-SS-ACHIEVEMENT", EQ, ABS, "100", "L1253", note="（ ）内は令和5年度実績 / 計画 (L1280).")
    R(d, "19", 2024, "K-SS-ACHIEVEMENT", "100", "L1255")
    R(d, "19", 2023, "K-SS-ACHIEVEMENT", "100", "L1256")
    R(d, "19", 2024, "K-SS-AVG-DAYS", "5.14", "L1230", note="National average 5.53日 printed on the same line.")
    R(d, "19", 2023, "K-SS-AVG-DAYS", "5.99", "L1230")
    T(d, "19", 2024, "K-POSTAL-RATE", GTE, PRI, "92.6", "L1261-L1271")
    T(d, "19", 2023, "K-POSTAL-RATE", GTE, PRI, "96.0", "L1272")
    R(d, "19", 2024, "K-POSTAL-RATE", "94.9", "L1274", phrase="2.3％")
    R(d, "19", 2023, "K-POSTAL-RATE", "92.6", "L1275", phrase="（▲3.4％）")
    T(d, "19", 2024, "K-JUDO-MULTISITE-RATE", LTE, PRI, "0.64", "L1328-L1349")
    T(d, "19", 2023, "K-JUDO-MULTISITE-RATE", LTE, PRI, "0.65", "L1350")
    R(d, "19", 2024, "K-JUDO-MULTISITE-RATE", "0.62", "L1352", phrase="▲0.02％")
    R(d, "19", 2023, "K-JUDO-MULTISITE-RATE", "0.64", "L1353", phrase="（▲0.01％）")
    T(d, "19", 2024, "K-DEPENDANT-VERIFICATION-RETURN", GTE, PRI, "85.7", "L1365-L1387", status="NOT_KPI",
      note="前年度以上（KPIの設定なし）; resolved threshold printed in the result table.")
    R(d, "19", 2024, "K-DEPENDANT-VERIFICATION-RETURN", "88.2", "L1375-L1387", num="8,076", den="9,153", phrase="2.5％")
    T(d, "19", 2024, "K-ASSESSMENT-RATE", GTE, PRI, "0.090", "L1402-L1414")
    T(d, "19", 2023, "K-ASSESSMENT-RATE", GTE, PRI, "0.058", "L1415")
    R(d, "19", 2024, "K-ASSESSMENT-RATE", "0.072", "L1417", phrase="目標未達成", note="Phrase from L1465-L1467; difference ▲0.018％ (L1420).")
    R(d, "19", 2023, "K-ASSESSMENT-RATE", "0.090", "L1418")
    T(d, "19", 2024, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, "5,913", "L1404-L1426")
    T(d, "19", 2023, "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, "4,934", "L1427")
    R(d, "19", 2024, "K-REEXAM-AMOUNT-PER-CLAIM", "7,507", "L1429", phrase="目標を達成", note="Phrase from L1467; difference 1,594円 (L1432).")
    R(d, "19", 2023, "K-REEXAM-AMOUNT-PER-CLAIM", "5,913", "L1430")
    T(d, "19", 2024, "K-CARD-RETURN-1M", GTE, PRI, "93.88", "L1493-L1510")
    T(d, "19", 2023, "K-CARD-RETURN-1M", GTE, PRI, "95.14", "L1511")
    R(d, "19", 2024, "K-CARD-RETURN-1M", "93.08", "L1513", phrase="目標には至らなかった", note="全国1位 (L1541); phrase from L1539-L1541.")
    R(d, "19", 2023, "K-CARD-RETURN-1M", "93.88", "L1514")
    T(d, "19", 2024, "K-REFUND-RECOVERY-RATE", GTE, PRI, "87.15", "L1495-L1521", note="Printed 診療報酬返還金（不当）.")
    T(d, "19", 2023, "K-REFUND-RECOVERY-RATE", GTE, PRI, "87.52", "L1522")
    R(d, "19", 2024, "K-REFUND-RECOVERY-RATE", "82.58", "L1524", phrase="目標には至らなかった", note="全国6位 (L1547); phrase from L1545-L1547.")
    R(d, "19", 2023, "K-REFUND-RECOVERY-RATE", "87.15", "L1525")


def seed004():
    k = "seed-004/national-kpi-attainment-2024"
    rows = [
        ("K01", "K-SS-ACHIEVEMENT", EQ, ABS, "100", "100.0", "L900-L903", "達成", {}),
        ("K02", "K-POSTAL-RATE", GTE, PRI, "95.6", "95.8", "L905-L908", "達成", {}),
        ("K03", "K-ASSESSMENT-RATE", GTE, PRI, "0.156", "0.131", "L910-L918", "未達成", {}),
        ("K04", "K-REEXAM-AMOUNT-PER-CLAIM", GTE, PRI, "8,472", "9,908", "L920-L923", "達成", {}),
        ("K05", "K-REFUND-RECOVERY-RATE", GTE, PRI, "63.35", "66.20", "L925-L931", "達成", {}),
        ("K06", "K-CARD-RETURN-1M", GTE, PRI, "82.10", "81.36", "L933-L945", "未達成", {}),
        ("K07", "K-MYNA-USAGE", GTE, ASOF, "50", "19.10", "L951-L954", "未達成", dict(as_of="2024-11-30")),
        ("K08", "K-CHECKUP-INSURED", GTE, ABS, "61.7", "58.4", "L960-L963", "未達成", {}),
        ("K09", "K-EMPLOYER-CHECKUP-DATA", GTE, ABS, "8.8", "7.2", "L965-L968", "未達成", {}),
        ("K10", "K-CHECKUP-DEPENDANT", GTE, ABS, "30.3", "29.4", "L970-L973", "概ね達成", {}),
        ("K11", "K-GUIDANCE-INSURED", GTE, ABS, "21.5", "20.3", "L1013-L1016", "未達成", {}),
        ("K12", "K-GUIDANCE-DEPENDANT", GTE, ABS, "18.1", "17.1", "L1018-L1021", "未達成", {}),
        ("K13", "K-REFERRAL-VISIT", GTE, PRI, "33.0", "33.9", "L1029-L1032", "達成", {}),
        ("K14", "K-HEALTH-DECLARATION", GTE, ABS, "100,000", "105,343", "L1038-L1055", "達成", {}),
        ("K15", "K-GENERIC-SHARE", GTE, ALLB, "47", "47", "L1057-L1071", "達成", {}),
        ("K16", "K-BIOSIMILAR-INGREDIENT-SHARE", GTE, ABS, "18", "28", "L1073-L1091", "達成", {}),
        ("K17", "K-WEBSITE-ACCESS", GTE, ABS, "135,000,000", "125,420,641", "L1093-L1104", "未達成", {}),
        ("K18a", "K-COMMISSIONER-COVERAGE", GTE, ABS, "50", "54.2", "L1106-L1123", "達成", {}),
        ("K18b", "K-COMMISSIONER-ESTABLISHMENTS", GTE, PRI, "299,538", "328,886", "L1106-L1123", "達成", {}),
        ("K19", "K-SINGLE-BID-SHARE", LTE, ABS, "15", "10.7", "L1135-L1138", "達成", {}),
    ]
    for no, kpi, cmp, rule, tpv, rpv, lc, mark, kw in rows:
        grp = "seed-004-" + no[:3]
        tk = {}
        rk = {}
        if kpi == "K-GENERIC-SHARE":
            tk = dict(thr="80", branch_count="47", note="Target printed as 47支部: every branch must meet the per-branch rule (80 %, or at least the previous fiscal year-end if already at 80 %).")
            rk = dict(basis="BRANCH_COUNT", note="Number of branches meeting the rule.")
        if kpi == "K-BIOSIMILAR-INGREDIENT-SHARE":
            rk = dict(basis="CLAIM_MONTH", as_of="2025-01", note="2025年1月診療分 (January 2025 claims).")
        if no.startswith("K18"):
            rk = dict(note="Composite KPI K18: one printed attainment mark (L1123) for both conditions; rows share attainment_group.")
        if kpi == "K-SINGLE-BID-SHARE":
            tk = dict(note="Tightened from 20 % to 15 % (L796-L800).")
        T(k, "00", 2024, kpi, cmp, rule, tpv, lc, as_of=kw.get("as_of", ""), **tk)
        if "as_of" in kw:
            rk = dict(basis="AS_OF_DATE", as_of=kw["as_of"])
        R(k, "00", 2024, kpi, rpv, lc, mark=mark, group=grp, **rk)
    r = "seed-004/national-business-report-2024"
    R(r, "00", 2024, "K-SS-AVG-DAYS", "5.63", "L278-L280", note="傷病手当金、出産手当金、出産育児一時金及び埋葬料（費）.")
    R(r, "00", 2023, "K-SS-AVG-DAYS", "6.19", "L279-L280")
    R(r, "00", 2023, "K-GENERIC-SHARE", "83.6", "L632-L636", basis="CLAIM_MONTH", as_of="2024-03", note="協会全体の使用割合, 2024年3月診療分.")
    R(r, "00", 2024, "K-GENERIC-SHARE", "89.1", "L632-L636", basis="CLAIM_MONTH", as_of="2025-03", note="協会全体の使用割合, 2025年3月診療分.")
    R(r, "00", 2023, "K-GENERIC-SHARE", "44", "L632-L634", basis="BRANCH_COUNT", as_of="2024-03", note="使用割合80%以上の支部 (branches at or above 80 %), 2024年3月診療分.")
    R(r, "00", 2024, "K-GENERIC-SHARE", "47", "L632-L634", basis="BRANCH_COUNT", as_of="2025-03", note="使用割合80%以上の支部, 2025年3月診療分.")
    R(r, "00", 2024, "K-SINGLE-BID-SHARE", "26.0", "L868", num="35", den="135", scope="HQ_ONLY",
      note="本部 only; 35/135 = 25.93 % printed as 26.0 % (rounded up).")
    R(r, "00", 2024, "K-SINGLE-BID-SHARE", "7.8", "L870", num="54", den="701", scope="BRANCHES_TOTAL", note="All branches together (支部).")
    R(r, "00", 2024, "K-SINGLE-BID-SHARE", "10.7", "L872", num="89", den="836", note="総計 (association total) = 本部 + 支部; contracts April 2024 - March 2025.")


def build_all():
    seed000()
    seed001()
    seed002()
    seed003()
    seed004()
    return TARGETS, RESULTS
