"""Plan trees specified by hand (line ranges read from the seeds), for layouts the parser cannot follow:
seed 002 (Mie: headings printed after their text), seed 003 (Yamanashi results), seed 004 (business report)."""
from common import seed_lines
from plan_parser import Node

LEVEL = {0: "ROOT", 1: "AREA", 2: "GROUP", 3: "MEASURE", 4: "SUB_MEASURE", 5: "TARGET_GROUP", 6: "ACTION"}


def _lines(seed, ranges, skip=()):
    L = seed_lines(seed)
    out = []
    for a, b in ranges:
        for n in range(a, b + 1):
            if n in skip:
                continue
            s = L[n].strip()
            if s:
                out.append((n, s))
    return out


def build(seed, specs):
    """specs: list of tuples (key, parent_key, rank, label, title, head(a,b), body_ranges, imp(a,b)|None,
    dif(a,b)|None, note, uncertain)."""
    nodes = {}
    order = []
    for i, sp in enumerate(specs):
        key, parent, rank, label, title, head, body, imp, dif, note, unc = sp
        nd = Node(key, rank, label, title, head, float(i), LEVEL[rank])
        nd.note = note
        nd.uncertain = unc
        heads = set(range(head[0], head[1] + 1))
        nd.body = _lines(seed, body, skip=heads)
        if imp:
            nd.imp = [(imp[0], None)] + _lines(seed, [(imp[0] + 1, imp[1])])
        if dif:
            nd.dif = [(dif[0], None)] + _lines(seed, [(dif[0] + 1, dif[1])])
        if parent:
            nd.parent = nodes[parent]
            nodes[parent].children.append(nd)
        nodes[key] = nd
        order.append(nd)
    return order


N = None
GRP = "Responsible group printed beside the heading: %s."


def mie_plan():
    s = [
        ("pre", N, 1, "", "「重要度：高」 ・ 「困難度：高」について", (1, 1), [(3, 5)], N, N,
         "Explanatory note on the flag convention (page 1).", False),
        ("a1", N, 1, "１．", "基盤的保険者機能関係", (18, 18), [], N, N,
         "Area label repeated on every page of the area (L18, L83, L110, L255, L285, L298).", False),
        ("a1g1", "a1", 2, "Ⅰ）", "業務改革の実践と業務品質の向上", (26, 26), [], N, N, "", False),
        ("a1g1m1", "a1g1", 3, "①", "業務処理体制の強化と意識改革の徹底", (6, 6), [(8, 14)], N, (20, 24),
         GRP % "業務グループ (L16)" + " Heading printed before the group heading Ⅰ） in the extraction.", False),
        ("a1g1m2", "a1g1", 3, "②", "サービス水準の向上", (69, 69), [(37, 41), (45, 67)], N, (27, 35),
         GRP % "業務グループ (L69)" + " Heading printed after its KPI and bullets; chart L71-L79 not copied.", False),
        ("a1g1m3", "a1g1", 3, "③", "現金給付等の適正化の推進", (85, 85), [(87, 109)], N, N, GRP % "業務グループ", False),
        ("a1g1m4", "a1g1", 3, "④", "レセプト内容点検の精度向上", (112, 112), [(114, 118), (151, 167)], N, (122, 128),
         GRP % "レセプトグループ" + " Charts L130-L149 and L169-L188 not copied.", False),
        ("a1g1m5", "a1g1", 3, "⑤", "債権管理・回収と返納金債権発生防止の強化", (240, 240), [(189, 207), (242, 242)], N, (244, 253),
         GRP % "レセプトグループ" + " Bullets L189-L207 precede the heading (page starts at L189); charts L209-L238 not copied.", True),
        ("a1g2", "a1", 2, "Ⅱ）", "健全な財政運営", (256, 256), [(258, 264)], (268, 271), (273, 283), GRP % "企画総務グループ (L266)", False),
        ("a1g3", "a1", 2, "Ⅲ）", "DX（デジタルトランスフォーメーション）の推進", (310, 310), [], (318, 324), (326, 332),
         GRP % "企画総務グループ 業務グループ" + " Reasons printed on the page of ⅲ）/ⅳ） and read as group-level (as in the Nagano plan).", True),
        ("a1g3s1", "a1g3", 4, "ⅰ）", "オンライン資格確認等のシステムの周知徹底", (286, 286), [(288, 296)], N, N, "", False),
        ("a1g3s2", "a1g3", 4, "ⅱ）", "マイナンバーカードと健康保険証の一体化への対応", (300, 300), [(302, 308)], N, N, "", False),
        ("a1g3s3", "a1g3", 4, "Ⅲ）", "電子申請等の導入", (312, 312), [(314, 314)], N, N,
         "Ordinal printed as upper-case Ⅲ）; by sequence (after ⅰ）ⅱ）) it is sub-item ⅲ）.", True),
        ("a1g3s4", "a1g3", 4, "Ⅳ）", "DXを活用した事業の推進", (316, 316), [(334, 334)], N, N,
         "Ordinal printed as upper-case Ⅳ）; by sequence it is sub-item ⅳ）. Its bullet is printed at L334, after the reason boxes.", True),
        ("a2", N, 1, "２．", "戦略的保険者機能関係", (355, 355), [], N, N, "Area label repeated on every page of the area.", False),
        ("a2g1", "a2", 2, "Ⅰ）", "データ分析に基づく事業実施", (381, 381), [], N, N, "", False),
        ("a2g1m1", "a2g1", 3, "①", "本部・支部における医療費・健診データ等の分析結果の活用及び分析能力の向上", (335, 335), [(337, 351)], (357, 360), (362, 366),
         GRP % "保健グループ 企画総務グループ (L353)", False),
        ("a2g1m2", "a2g1", 3, "②", "外部有識者を活用した調査研究成果の活用", (379, 379), [], (368, 371), (373, 377),
         GRP % "保健グループ 企画総務グループ" + " No bullet text survives in the extraction.", True),
        ("a2g1m3", "a2g1", 3, "③", "好事例の横展開", (382, 382), [(384, 384)], (406, 411), (413, 425), GRP % "保健グループ 企画総務グループ (L402)", False),
        ("a2g1m3s1", "a2g1m3", 4, "ⅰ）", "本部主導型パイロット事業", (386, 386), [(388, 390)], N, N, "", False),
        ("a2g1m3s2", "a2g1m3", 4, "ⅱ）", "保険者努力重点支援プロジェクト", (392, 392), [(394, 396)], N, N, "", False),
        ("a2g1m3s3", "a2g1m3", 4, "ⅲ）", "地域保険等と協働した事業（地域・職域連携）の推進", (398, 398), [(400, 400)], N, N, "", False),
        ("a2g2", "a2", 2, "Ⅱ）", "健康づくり", (444, 444), [], N, N, "", False),
        ("a2g2m1", "a2g2", 3, "①", "保健事業の一層の推進", (426, 426), [], N, N, GRP % "保健グループ 企画総務グループ (L440)", False),
        ("a2g2m1s1", "a2g2m1", 4, "ⅰ）", "第3期保健事業実施計画（データヘルス計画）に基づく取組", (428, 428), [(430, 434)], N, N, "", False),
        ("a2g2m1s2", "a2g2m1", 4, "ⅱ）", "保健事業の充実", (436, 436), [(438, 438)], N, N, "", False),
        ("a2g2m2", "a2g2", 3, "②", "特定健診実施率・事業者健診データ取得率等の向上", (446, 446), [(448, 470), (502, 506)], (515, 521), (523, 531),
         GRP % "保健グループ (L486)" + " KPI block tagged 「インセンティブ制度 評価指標」 (L508-L509). Charts L472-L500, L533-L550 not copied.", False),
        ("a2g2m3", "a2g2", 3, "③", "特定保健指導実施率及び質の向上", (551, 551), [(553, 573), (591, 593), (612, 612)], (598, 602), (604, 610),
         GRP % "保健グループ (L614)" + " KPI block tagged 「インセンティブ制度 評価指標」 (L595-L596).", False),
        ("a2g2m4", "a2g2", 3, "④", "重症化予防対策の推進", (617, 617), [(619, 631), (635, 639)], (646, 648), N,
         GRP % "保健グループ (L633)" + " KPI tagged 「インセンティブ制度 評価指標」 (L642-L644).", False),
        ("a2g2m5", "a2g2", 3, "⑤", "コラボヘルスの推進", (671, 671), [(673, 701), (755, 757)], (747, 753), N,
         GRP % "企画総務グループ (L703)" + " Chart L707-L745 not copied.", False),
        ("a2g3", "a2", 2, "Ⅲ）", "医療費適正化", (814, 814), [], N, N, "", False),
        ("a2g3m1", "a2g3", 3, "①", "医療資源の適正使用", (766, 766), [(805, 807)], (825, 835), (871, 881),
         GRP % "企画総務グループ (L812)" + " The 【困難度：高】 box is printed on the page of ② (L871-L881) but its text is about generics/biosimilars, so it is assigned to ①.", True),
        ("a2g3m1s1", "a2g3m1", 4, "Ⅰ）", "ジェネリック医薬品の使用促進", (768, 768), [(770, 780)], N, N,
         "Ordinal printed as upper-case Ⅰ）; by sequence it is sub-item ⅰ）.", True),
        ("a2g3m1s2", "a2g3m1", 4, "ⅱ）", "バイオシミラー（バイオ後続品）の使用促進", (782, 782), [(784, 790)], N, N, "", False),
        ("a2g3m1s3", "a2g3m1", 4, "ⅲ）", "上手な医療のかかり方", (816, 816), [(818, 824)], N, N, "", False),
        ("a2g3m2", "a2g3", 3, "②", "地域の医療提供体制等へのデータを活用した意見発信", (841, 841), [], (863, 867), N, GRP % "企画総務グループ (L869)", False),
        ("a2g3m2s1", "a2g3m2", 4, "ⅰ）", "医療計画及び医療費適正化計画に係る意見発信", (843, 843), [(845, 847)], N, N, "", False),
        ("a2g3m2s2", "a2g3m2", 4, "ⅱ）", "医療提供体制に係る意見発信", (849, 849), [(851, 855)], N, N, "", False),
        ("a2g3m2s3", "a2g3m2", 4, "ⅲ）", "医療保険制度の持続可能性の確保等に向けた意見発信", (857, 857), [(859, 861)], N, N, "", False),
        ("a2g3m3", "a2g3", 3, "③", "インセンティブ制度の実施及び検証", (883, 883), [(885, 891)], N, N, GRP % "企画総務グループ (L883)", False),
        ("a2g4", "a2", 2, "Ⅳ）", "広報活動や「顔の見える地域ネットワーク」を通じた加入者等の理解促進", (902, 902), [(894, 898), (904, 922), (941, 957)], N, N,
         GRP % "企画総務グループ (L939)" + " Chart L924-L937 not copied.", False),
        ("a3", N, 1, "3．", "組織・運営体制関係", (970, 970), [], N, N, "Area label repeated on every page of the area.", False),
        ("a3g1", "a3", 2, "Ⅰ）", "人事・組織に関する取組", (972, 972), [], N, N, "All measures of this group: 全グループ.", False),
        ("a3g1m1", "a3g1", 3, "①", "人事制度の適正な運用", (966, 966), [(968, 968)], N, N, "", False),
        ("a3g1m2", "a3g1", 3, "②", "新たな業務のあり方を踏まえた戦略的な人員配置", (990, 990), [(974, 976)], N, N,
         "Heading printed after the bullets of ④; bullet L974-L976 assigned by content.", True),
        ("a3g1m3", "a3g1", 3, "③", "更なる保険者機能の発揮に向けた人材の育成", (994, 994), [(958, 964)], N, N,
         "Heading printed at L994; bullets L958-L964 (top of the page) assigned by content.", True),
        ("a3g1m4", "a3g1", 3, "④", "働き方改革の推進", (978, 978), [(980, 986)], N, N, "", False),
        ("a3g1m5", "a3g1", 3, "⑤", "風通しのよい組織づくり", (996, 996), [(998, 1000)], N, N, "", False),
        ("a3g1m6", "a3g1", 3, "⑥", "支部業績評価を通じた支部の取組の向上", (1004, 1004), [(1006, 1006)], N, N, "", False),
        ("a3g2", "a3", 2, "Ⅱ）", "内部統制等に関する取組", (1023, 1023), [], N, N, "", False),
        ("a3g2m1", "a3g2", 3, "①", "内部統制の強化", (1009, 1009), [(1011, 1021)], N, N, "", False),
        ("a3g2m2", "a3g2", 3, "②", "個人情報の保護の徹底", (1043, 1043), [(1025, 1027)], N, N, "Heading printed after its bullets; assigned by content.", True),
        ("a3g2m3", "a3g2", 3, "③", "法令等規律の順守（コンプライアンス）の徹底", (1045, 1045), [(1029, 1035)], N, N, "Heading printed after its bullets; assigned by content.", True),
        ("a3g2m4", "a3g2", 3, "④", "災害時の対応", (1049, 1049), [(1037, 1039)], N, N, "Heading printed after its bullets; assigned by content.", True),
        ("a3g2m5", "a3g2", 3, "⑤", "外的環境の変化に対応した情報セキュリティ体制の整備", (1055, 1055), [(1051, 1053)], N, N, "", False),
        ("a3g2m6", "a3g2", 3, "⑥", "費用対効果を踏まえたコスト削減等", (1120, 1120), [(1078, 1094), (1114, 1114)], N, N,
         GRP % "企画総務グループ" + " Numbered after ⑤ of Ⅱ）, so placed in Ⅱ）; chart L1096-L1112 not copied.", True),
        ("a3g3", "a3", 2, "Ⅲ）", "システム整備", (1072, 1072), [], N, N, "", False),
        ("a3g3m1", "a3g3", 3, "①", "協会システムの安定運用", (1074, 1074), [(1066, 1070)], N, N, GRP % "企画総務グループ", False),
        ("a3g3m2", "a3g3", 3, "②", "制度改正等に係る適切なシステム対応", (1118, 1118), [(1116, 1116)], (1122, 1125), (1056, 1064),
         GRP % "全グループ" + " Both reason boxes (e-application system) are printed on page 21 away from the heading; assigned to ② by content.", True),
        ("a3g3m3", "a3g3", 3, "③", "業務効率化を目指したシステムの更なる機能向上", (1145, 1145), [(1143, 1143)], N, N, GRP % "企画総務グループ", False),
        ("a3g3m4", "a3g3", 3, "④", "中長期を見据えたシステム対応の実現", (1139, 1139), [], (1147, 1151), (1153, 1163), GRP % "企画総務グループ", False),
        ("a3g3m4s1", "a3g3m4", 4, "ⅰ）", "協会のDX（デジタルトランスフォーメーション）の推進に向け、先進的なデジタル技術を活用した協会システムの導入準備を進める。",
         (1131, 1131), [(1133, 1133)], N, N, "", False),
        ("a3g3m4s2", "a3g3m4", 4, "ⅱ）", "機器の更改及び製品のバージョンアップ対応を行うための基盤中期更改について、2026年（令和８）年１月のサービスインに向け、スケジュールを遵守し確実に実施する。",
         (1135, 1137), [], N, N, "Title joined from two lines.", False),
    ]
    return build("seed-002", s)


def mie_priorities():
    s = [
        ("p1", N, 3, "（1）", "サービス水準の向上", (1192, 1192), [(1171, 1211)], N, N, GRP % "業務グループ (L1192)" + " Days chart (L1213) not extracted.", False),
        ("p2", N, 3, "（2）", "マイナンバーカードと健康保険証の一体化への対応", (1236, 1236), [(1216, 1244)], N, N, GRP % "業務グループ (L1232)", False),
        ("p3", N, 3, "（3）", "外国人債務者への対応強化", (1289, 1289), [(1281, 1287), (1291, 1331)], N, N,
         GRP % "レセプトグループ (L1279)" + " Table ① (L1245-L1275) not copied into the body.", False),
        ("p4", N, 3, "（4）", "糖尿病予備群に対する予防啓発事業", (1334, 1334), [(1336, 1395)], N, N, GRP % "保健グループ (L1334)", False),
        ("p5", N, 3, "（5）", "コラボヘルスの推進", (1401, 1401), [(1403, 1450)], N, N, GRP % "企画総務グループ (L1415)", False),
        ("p6", N, 3, "（6）", "上手な医療のかかり方", (1465, 1465), [(1453, 1499)], N, N, "", False),
    ]
    return build("seed-002", s)


def yamanashi_goals():
    s = [
        ("g1", N, 3, "1", "インセンティブ（報奨金）制度の本格導入", (7, 7), [], N, N, "", False),
        ("g2", N, 3, "2", "ジェネリック医薬品の使用促進", (16, 16), [], N, N, "", False),
        ("g3", N, 3, "3", "広報活動や健康保険委員を通じた加入者等の理解促進", (30, 32), [], N, N, "Title joined from two lines.", False),
        ("g4", N, 3, "4", "医療データの分析に基づく地域医療提供体制への働きかけや医療保険制度改正等に向けた意見発信等", (42, 44), [], N, N, "Title joined from two lines.", False),
        ("g5", N, 3, "5", "第2期保健事業実施計画（データヘルス計画）の着実な実施（コラボヘルスの推進）", (55, 57), [], N, N,
         "Printed 第2期 here while the section heading L498 says 第３期 (source inconsistency).", False),
        ("g6", N, 3, "6", "費用対効果を踏まえたコスト削減等", (65, 65), [], N, N, "", False),
    ]
    return build("seed-003", s)


def yamanashi_results():
    K = lambda a, b=None: [(a, b or a)]
    s = [
        ("s1", N, 3, "１．", "インセンティブ（報奨金）制度の実施及び検証", (75, 75), [(77, 87)], N, N,
         "No group cover printed for pages 2-16 (by subject the planning/general-affairs group, inferred).", False),
        ("s2", N, 3, "２．", "ジェネリック医薬品の使用促進", (221, 221), [(223, 241)], N, N, "Body = 令和6年度事業計画（抜粋） box and its KPI line.", False),
        ("s3", N, 3, "３．", "広報活動や「顔の見える地域ネットワーク」を通じた加入者等の理解促進", (302, 303), [(305, 325)], N, N, "Title joined from two lines.", False),
        ("s4", N, 3, "４．", "地域の医療提供体制等へのデータを活用した意見発信", (409, 409), [(411, 427)], N, N, "Plan-excerpt box and its KPI line are displaced by the extraction; body range assigned from the page layout.", True),
        ("s5", N, 3, "５．", "第３期保健事業実施計画（データヘルス計画）の着実な実施（コラボヘルスの推進）", (498, 499), [(501, 515)], N, N, "Title joined from two lines.", False),
        ("s6", N, 3, "６．", "費用対効果を踏まえたコスト削減等", (631, 631), [(612, 629)], N, N, "Plan box printed before the section heading.", False),
        ("hg", N, 2, "", "保健グループ", (653, 653), [], N, N, "Group cover page: 令和６年度 事業結果 / 全国健康保険協会山梨支部 / 保健グループ (L649-L653).", False),
        ("hg1", "hg", 3, "１．", "生活習慣病予防健診受診率の向上", (687, 687), [(683, 685), (689, 703)], N, N, "", False),
        ("hg2", "hg", 3, "２．", "事業者健診データ取得率の向上", (772, 772), [(770, 770), (774, 782)], N, N, "", False),
        ("hg3", "hg", 3, "３．", "特定健診受診率（被扶養者）の向上", (829, 829), [(827, 827), (831, 839)], N, N,
         "KPI line prints 1,0760人 (garbled; read as 10,760).", False),
        ("hg4", "hg", 3, "４．", "被保険者の特定保健指導実施率の向上", (937, 937), [(942, 958)], N, N, "", False),
        ("hg5", "hg", 3, "５．", "被扶養者の特定保健指導実施率の向上", (1020, 1020), [(1018, 1018), (1022, 1022)], N, N, "", False),
        ("hg6", "hg", 3, "６．", "特定保健指導対象者減への取組", (1060, 1060), [(1062, 1066)], N, N, "Section has no KPI; body range assigned from the page layout (plan box displaced).", True),
        ("hg7", "hg", 3, "７．", "未受診者への受診勧奨事業", (1114, 1114), [(1116, 1132)], N, N, "", False),
        ("hg8", "hg", 3, "８．", "糖尿病性腎症重症化予防事業", (1175, 1175), [(1177, 1181)], N, N, "", False),
        ("bg", N, 2, "", "業務グループ", (1211, 1211), [], N, N, "Group cover page L1207-L1211.", False),
        ("bg1", "bg", 3, "１．", "サービス水準の向上", (1216, 1216), [(1214, 1214), (1218, 1224)], N, N, "", False),
        ("bg2", "bg", 3, "2．", "現金給付適正化の推進", (1289, 1289), [], N, N, "", False),
        ("bg3", "bg", 3, "3．", "柔道整復施術療養費及びあんまマッサージ指圧・はりきゅう施術療養費の照会業務の強化", (1332, 1333), [(1328, 1330), (1335, 1339)], N, N, "Title joined from two lines.", False),
        ("bg4", "bg", 3, "4．", "被扶養者資格の再確認の徹底", (1367, 1367), [(1365, 1365), (1369, 1373)], N, N, "", False),
        ("rg", N, 2, "", "レセプトグループ", (1394, 1394), [], N, N, "Group cover page L1390-L1394.", False),
        ("rg1", "rg", 3, "１．", "効果的なレセプト内容点検の推進", (1406, 1406), [(1402, 1404), (1408, 1410)], N, N, "", False),
        ("rg2", "rg", 3, "２．", "返納金債権発生防止のための保険証回収強化、債権管理回収業務の推進", (1497, 1498), [(1493, 1495), (1500, 1506)], N, N, "Title joined from two lines.", False),
    ]
    return build("seed-003", s)


def business_report_2024():
    s = [
        ("p1", N, 1, "", "基盤的保険者機能の盤石化", (331, 331), [], N, N,
         "Pillar title printed fused with the running header 「事業報告書 【第4章】」; item list L315-L327 under 「2024年度 事業計画における主な重点施策」 (L329).", False),
        ("p1i1", "p1", 3, "（1）", "健全な財政運営", (317, 317), [], N, N, "", False),
        ("p1i2", "p1", 3, "（2）", "業務改革の実践と業務品質の向上", (318, 318), [], N, N, "", False),
        ("p1i2s1", "p1i2", 4, "ⅰ）", "業務処理体制の強化と意識改革の徹底", (320, 320), [], N, N, "", False),
        ("p1i2s2", "p1i2", 4, "ⅱ）", "サービス水準の向上", (321, 321), [], N, N, "", False),
        ("p1i2s3", "p1i2", 4, "ⅲ）", "現金給付の適正化の推進", (323, 323), [], N, N, "", False),
        ("p1i2s4", "p1i2", 4, "ⅳ）", "レセプト点検の精度向上", (324, 324), [], N, N, "", False),
        ("p1i2s5", "p1i2", 4, "ⅴ）", "債権管理・回収と返納金債権発生防止の強化", (325, 325), [], N, N, "", False),
        ("p1i3", "p1", 3, "(3)", "DX（デジタルトランスフォーメーション）の推進", (327, 327), [], N, N, "", False),
        ("p2", N, 1, "", "戦略的保険者機能の一層の発揮", (492, 492), [], N, N, "Pillar title fused with the running header; item list L408-L429.", False),
        ("p2i1", "p2", 3, "（1）", "データ分析に基づく事業実施", (408, 408), [], N, N, "", False),
        ("p2i1s1", "p2i1", 4, "ⅰ）", "本部・支部における医療費・健診データ等の分析結果の活用及び分析能力の向上", (409, 411), [], N, N, "Title joined from two lines.", False),
        ("p2i1s2", "p2i1", 4, "ⅱ）", "外部有識者を活用した調査研究成果の活用", (412, 412), [], N, N, "", False),
        ("p2i1s3", "p2i1", 4, "ⅲ）", "好事例の横展開", (413, 413), [], N, N, "", False),
        ("p2i2", "p2", 3, "（2）", "健康づくり", (415, 415), [], N, N, "", False),
        ("p2i2s1", "p2i2", 4, "ⅰ）", "保健事業の一層の推進", (416, 416), [], N, N, "", False),
        ("p2i2s2", "p2i2", 4, "ⅱ）", "特定健診実施率・事業者健診データ取得率等の向上", (417, 417), [], N, N, "", False),
        ("p2i2s3", "p2i2", 4, "ⅲ）", "特定保健指導実施率及び質の向上", (418, 418), [], N, N, "", False),
        ("p2i2s4", "p2i2", 4, "ⅳ）", "重症化予防対策の推進", (420, 420), [], N, N, "", False),
        ("p2i2s5", "p2i2", 4, "ⅴ）", "コラボヘルスの推進", (421, 421), [], N, N, "", False),
        ("p2i3", "p2", 3, "（3）", "医療費適正化", (423, 423), [], N, N, "", False),
        ("p2i3s1", "p2i3", 4, "ⅰ）", "医療資源の適正使用", (424, 424), [], N, N, "", False),
        ("p2i3s2", "p2i3", 4, "ⅱ）", "地域の医療提供体制等へのデータを活用した意見発信", (425, 425), [], N, N, "", False),
        ("p2i3s3", "p2i3", 4, "ⅲ）", "インセンティブ制度の実施及び検証", (426, 426), [], N, N, "", False),
        ("p2i4", "p2", 3, "（4）", "広報活動や「顔の見える地域ネットワーク」を通じた加入者等の理解促進", (428, 429), [], N, N, "Title joined from two lines.", False),
        ("p3", N, 1, "", "保険者機能の強化を支える組織・運営体制等の整備", (665, 665), [], N, N, "Pillar title fused with the running header; item list L640-L661.", False),
        ("p3i1", "p3", 3, "（1）", "人事・組織", (640, 640), [], N, N, "", False),
        ("p3i1s1", "p3i1", 4, "ⅰ）", "人事制度の適正な運用", (641, 641), [], N, N, "", False),
        ("p3i1s2", "p3i1", 4, "ⅱ）", "新たな業務のあり方を踏まえた適正な人員配置", (642, 642), [], N, N, "", False),
        ("p3i1s3", "p3i1", 4, "ⅲ）", "更なる保険者機能の発揮に向けた人材の育成", (643, 643), [], N, N, "", False),
        ("p3i1s4", "p3i1", 4, "ⅳ）", "働き方改革の推進", (644, 644), [], N, N, "", False),
        ("p3i1s5", "p3i1", 4, "ⅴ）", "風通しのよい組織づくり", (645, 645), [], N, N, "", False),
        ("p3i1s6", "p3i1", 4, "ⅵ）", "支部業績評価を通じた支部の取組の向上", (646, 646), [], N, N, "", False),
        ("p3i2", "p3", 3, "（2）", "内部統制等", (648, 648), [], N, N, "", False),
        ("p3i2s1", "p3i2", 4, "ⅰ）", "内部統制の強化", (649, 649), [], N, N, "", False),
        ("p3i2s2", "p3i2", 4, "ⅱ）", "個人情報の保護の徹底", (650, 650), [], N, N, "", False),
        ("p3i2s3", "p3i2", 4, "ⅲ）", "法令等規律の遵守（コンプライアンス）の徹底", (652, 652), [], N, N, "", False),
        ("p3i2s4", "p3i2", 4, "ⅳ）", "災害への対応", (653, 653), [], N, N, "", False),
        ("p3i2s5", "p3i2", 4, "ⅴ）", "外的環境の変化に対応した情報セキュリティ体制の整備", (654, 654), [], N, N, "", False),
        ("p3i2s6", "p3i2", 4, "ⅵ）", "費用対効果を踏まえたコスト削減等", (655, 655), [], N, N, "", False),
        ("p3i3", "p3", 3, "（3）", "システム対応", (657, 657), [], N, N, "", False),
        ("p3i3s1", "p3i3", 4, "ⅰ）", "協会システムの安定運用", (658, 658), [], N, N, "", False),
        ("p3i3s2", "p3i3", 4, "ⅱ）", "制度改正等に係る適切なシステム対応", (659, 659), [], N, N, "", False),
        ("p3i3s3", "p3i3", 4, "ⅲ）", "業務効率化を目指したシステムの更なる機能向上", (660, 660), [], N, N, "", False),
        ("p3i3s4", "p3i3", 4, "ⅳ）", "中長期を見据えたシステム対応の実現", (661, 661), [], N, N, "", False),
    ]
    return build("seed-004", s)
