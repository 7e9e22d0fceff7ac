using KenpoGraph.Domain.Kpis;
using KenpoGraph.Domain.Plans;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>A printed tally of attainment marks (seed 004 L1162: 達成 10 概ね達成 1 未達成 8).</summary>
internal sealed record AttainmentTally(SeedRow Row, string PlanDocumentCode, string PrintedMark, Attainment Attainment, int PrintedCount,
    RowSource Source);

/// <summary>Reads KPI definitions, method versions, targets, results and tallies.</summary>
internal static class KpiSeedReader
{
    public static Dictionary<string, Kpi> ReadKpis(SeedFile file, Dictionary<string, SourceDocument> documents)
    {
        var result = new Dictionary<string, Kpi>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var scheme = row.Code<Scheme>("scheme");
            var nameJa = row.Text("name_ja");
            var nameEn = row.Text("name_en");
            var direction = row.Code<BetterDirection>("better_direction");
            var source = row.Source(documents);
            if (code is null || !keys.Add(code, row, "code", $"KPI '{code}'") || scheme is null || nameJa is null || nameEn is null
                || direction is null || source is null)
            {
                continue;
            }
            result[code] = new Kpi
            {
                Code = code, Scheme = scheme.Value, NameJa = nameJa, NameEn = nameEn, Unit = row.Text("unit", required: false),
                BetterDirection = direction.Value, NumeratorJa = row.Text("numerator_ja", required: false),
                DenominatorJa = row.Text("denominator_ja", required: false), ScopeNoteEn = row.Text("scope_note_en", required: false),
                DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            };
        }
        return result;
    }

    public static List<KpiMethodVersion> ReadMethodVersions(SeedFile file, Dictionary<string, Kpi> kpis,
        SortedDictionary<int, FiscalYearRow> years, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<KpiMethodVersion>();
        var keys = new KeyIndex<(string, int)>();
        foreach (var row in file.Rows)
        {
            var kpi = SeedReader.Reference(row, "kpi", kpis, SeedFiles.Kpis);
            var version = row.Integer("version");
            var from = row.OptionalInteger("valid_from");
            var to = row.OptionalInteger("valid_to");
            var definitionEn = row.Text("definition_en");
            var source = row.Source(documents);
            if (from > to)
            {
                row.Problem("valid_to", LoadRule.Inconsistent, $"valid_to ({to}) is before valid_from ({from})");
            }
            if (kpi is null || version is null || !keys.Add((kpi.Code, version.Value), row, "version", $"version {version} of {kpi.Code}")
                || definitionEn is null || source is null)
            {
                continue;
            }
            result.Add(new KpiMethodVersion
            {
                KpiCode = kpi.Code, Version = version.Value, ValidFrom = from, ValidTo = to, DefinitionJa = row.Text("definition_ja", required: false),
                DefinitionEn = definitionEn, DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality,
                Uncertain = source.Uncertain, Note = source.Note,
            });
        }
        return result;
    }

    public static Dictionary<string, KpiTarget> ReadTargets(SeedFile file, Dictionary<string, PlanDocument> plans, Dictionary<string, PlanNode> nodes,
        Dictionary<string, OrgUnit> orgUnits, SortedDictionary<int, FiscalYearRow> years, Dictionary<string, Kpi> kpis,
        Dictionary<string, SourceDocument> documents)
    {
        var result = new Dictionary<string, KpiTarget>(StringComparer.Ordinal);
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var plan = SeedReader.Reference(row, "plan_document", plans, SeedFiles.PlanDocuments);
            var node = row.Text("plan_node", required: false) is null ? null : SeedReader.Reference(row, "plan_node", nodes, SeedFiles.PlanNodes);
            var orgUnit = SeedReader.OrgUnitOf(row, "org_unit", orgUnits);
            var year = SeedReader.FiscalYearOf(row, "fiscal_year", years);
            var kpi = SeedReader.Reference(row, "kpi", kpis, SeedFiles.Kpis);
            var comparator = row.OptionalCode<Comparator>("comparator");
            var rule = row.Code<KpiTargetRule>("rule");
            var threshold = row.OptionalNumber("threshold");
            // As printed (1億3,700万, 定性評価); the number is the threshold column's.
            var printedValue = row.Text("printed_value", required: false);
            var asOfDate = row.OptionalDate("as_of_date");
            var numerator = row.OptionalNumber("planned_numerator");
            var denominator = row.OptionalNumber("planned_denominator");
            var branchCount = row.OptionalInteger("target_branch_count");
            var status = row.OptionalCode<KpiStatus>("kpi_status");
            var source = row.Source(documents);
            row.RequireSameDocument(source, plan);
            if (node is not null && plan is not null && node.PlanDocumentCode != plan.Code)
            {
                row.Problem("plan_node", LoadRule.Inconsistent, $"plan node '{node.Code}' belongs to '{node.PlanDocumentCode}', not to '{plan.Code}'");
            }
            if (comparator is null && rule is not (null or KpiTargetRule.Qualitative or KpiTargetRule.NotSet) && row.Text("comparator", required: false) is null)
            {
                row.Problem("comparator", LoadRule.RequiredValue, $"a {SourcedRow.CodeOf(rule!.Value)} target needs its comparator (GTE, LTE, EQ)");
            }
            if (rule == KpiTargetRule.AsOfDate && row.Text("as_of_date", required: false) is null)
            {
                row.Problem("as_of_date", LoadRule.RequiredValue, "an AS_OF_DATE target needs the date it is measured on");
            }
            if (code is null || !keys.Add(code, row, "code", $"KPI target '{code}'") || plan is null || orgUnit is null || year is null
                || kpi is null || rule is null || source is null)
            {
                continue;
            }
            result[code] = new KpiTarget
            {
                Code = code, PlanDocumentCode = plan.Code, PlanNodeCode = node?.Code, OrgUnitCode = orgUnit.Code, FiscalYear = year.Year,
                KpiCode = kpi.Code, Comparator = comparator, Rule = rule.Value, Threshold = threshold, PrintedValue = printedValue,
                PrintedUnit = row.Text("printed_unit", required: false), AsOfDate = asOfDate, PlannedNumerator = numerator,
                PlannedDenominator = denominator, TargetBranchCount = branchCount, Status = status, AttainmentDisagrees = false, ResultFromAnotherDocument = false,
                DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            };
        }
        return result;
    }

    public static List<(SeedRow Row, KpiResult Result)> ReadResults(SeedFile file, Dictionary<string, PlanDocument> plans,
        Dictionary<string, KpiTarget> targets, Dictionary<string, OrgUnit> orgUnits, SortedDictionary<int, FiscalYearRow> years,
        Dictionary<string, Kpi> kpis, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<(SeedRow, KpiResult)>();
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var code = row.Text("code");
            var plan = SeedReader.Reference(row, "plan_document", plans, SeedFiles.PlanDocuments);
            var target = row.Text("target", required: false) is null ? null : SeedReader.Reference(row, "target", targets, SeedFiles.KpiTargets);
            var orgUnit = SeedReader.OrgUnitOf(row, "org_unit", orgUnits);
            var scope = row.Code<KpiResultScope>("scope");
            var year = SeedReader.FiscalYearOf(row, "fiscal_year", years);
            var dataYear = row.Integer("data_fiscal_year");
            var basis = row.Code<KpiPeriodBasis>("period_basis");
            var from = row.OptionalInteger("period_from");
            var asOf = row.OptionalDate("as_of");
            var kpi = SeedReader.Reference(row, "kpi", kpis, SeedFiles.Kpis);
            var (printedValue, value) = row.PrintedFigure("printed_value");
            var numerator = row.OptionalNumber("numerator");
            var denominator = row.OptionalNumber("denominator");
            var (mark, attainment) = Mark(row, required: false);
            var (printedDifference, difference) = row.PrintedFigure("target_difference");
            var differenceUnit = row.Text("target_difference_unit", required: false);
            if (printedDifference is not null && difference is null)
            {
                row.Problem("target_difference", LoadRule.NotANumber, $"'{printedDifference}' is not a number: the difference from the target is printed as one");
            }
            if ((printedDifference is null) != (differenceUnit is null))
            {
                row.Problem(printedDifference is null ? "target_difference" : "target_difference_unit", LoadRule.RequiredValue,
                    "target_difference and target_difference_unit go together");
            }
            var source = row.Source(documents);
            row.RequireSameDocument(source, plan);
            if (target is not null && (target.KpiCode != kpi?.Code || target.OrgUnitCode != orgUnit?.Code || target.FiscalYear != year?.Year))
            {
                row.Problem("target", LoadRule.Inconsistent,
                    $"target '{target.Code}' is for {target.KpiCode} of org unit {target.OrgUnitCode} in FY{target.FiscalYear}, not for this row's KPI, org unit and year");
                target = null;
            }
            if (code is null || !keys.Add(code, row, "code", $"KPI result '{code}'") || plan is null || orgUnit is null || scope is null
                || year is null || dataYear is null || basis is null || kpi is null || source is null)
            {
                continue;
            }
            result.Add((row, new KpiResult
            {
                Code = code, PlanDocumentCode = plan.Code, TargetCode = target?.Code, OrgUnitCode = orgUnit.Code, Scope = scope.Value,
                FiscalYear = year.Year, DataFiscalYear = dataYear.Value, PeriodBasis = basis.Value, PeriodFrom = from, AsOf = asOf,
                KpiCode = kpi.Code, Value = value, PrintedValue = printedValue, PrintedUnit = row.Text("printed_unit", required: false),
                Numerator = numerator, Denominator = denominator, PrintedAttainment = mark, PublishedAttainment = attainment,
                AttainmentGroup = row.Text("attainment_group", required: false), AttainmentPhraseJa = row.Text("attainment_phrase_ja", required: false),
                TargetDifference = difference, PrintedTargetDifference = printedDifference, TargetDifferenceUnit = differenceUnit,
                DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            }));
        }
        return result;
    }

    public static List<AttainmentTally> ReadTallies(SeedFile file, Dictionary<string, PlanDocument> plans, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<AttainmentTally>();
        var keys = new KeyIndex<(string, string)>();
        foreach (var row in file.Rows)
        {
            var plan = SeedReader.Reference(row, "plan_document", plans, SeedFiles.PlanDocuments);
            var (mark, attainment) = Mark(row, required: true);
            var count = row.Integer("printed_count");
            var source = row.Source(documents);
            if (plan is null || mark is null || attainment is null || count is null || source is null
                || !keys.Add((plan.Code, mark), row, "attainment", $"the tally of {mark} in '{plan.Code}'"))
            {
                continue;
            }
            result.Add(new AttainmentTally(row, plan.Code, mark, attainment.Value, count.Value, source));
        }
        return result;
    }

    /// <summary>The attainment column: the mark as printed and its code.</summary>
    private static (string? Printed, Attainment? Attainment) Mark(SeedRow row, bool required)
    {
        var mark = row.Text("attainment", required);
        if (mark is null)
        {
            return (null, null);
        }
        if (AttainmentMarks.TryParse(mark, out var attainment))
        {
            return (mark, attainment);
        }
        row.Problem("attainment", LoadRule.InvalidCode, $"'{mark}' is not one of {string.Join(", ", AttainmentMarks.Printed)}");
        return (mark, null);
    }

    /// <summary>
    /// Each target with its threshold resolved from results where the rule makes it mechanical and the source does not print it
    /// (Domain.Kpis.ThresholdResolver), the result reported against it (the one its document links, the first by code; else the
    /// org unit's single full-period value for the KPI and year from another row), the published mark (of a linked result only) and the mark the rule gives
    /// where it is mechanical: materialised at load like roll-ups, so a filter on attainment runs in SQL.
    /// </summary>
    public static List<KpiTarget> MaterialiseAttainment(IEnumerable<KpiTarget> targets, IEnumerable<(SeedRow Row, KpiResult Result)> results,
        IReadOnlyDictionary<string, Kpi> kpis, IEnumerable<KpiMethodVersion> versions)
    {
        var all = results.Select(r => r.Result).ToArray();
        var byTarget = all.Where(r => r.TargetCode is not null)
            .GroupBy(r => r.TargetCode!).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Code, StringComparer.Ordinal).First());
        var own = all.Where(r => r.Scope is KpiResultScope.National or KpiResultScope.Branch)
            .ToLookup(r => (r.OrgUnitCode, r.KpiCode));
        var versionsOf = versions.ToLookup(v => v.KpiCode);
        var list = targets.ToArray();
        var printedElsewhere = list.Where(t => t.Threshold is not null).ToLookup(t => (t.OrgUnitCode, t.KpiCode, t.FiscalYear, t.Rule));
        return list.Select(target =>
        {
            var resolved = Resolve(target, own[(target.OrgUnitCode, target.KpiCode)], kpis[target.KpiCode], versionsOf[target.KpiCode],
                printedElsewhere[(target.OrgUnitCode, target.KpiCode, target.FiscalYear, target.Rule)]);
            var (result, fromAnother) = byTarget.TryGetValue(resolved.Code, out var linked)
                ? (linked, false)
                : (SameYear(resolved, own[(target.OrgUnitCode, target.KpiCode)]), true);
            if (result is null)
            {
                return resolved;
            }
            var computed = AttainmentRule.Compute(
                new TargetTerms(resolved.Rule, resolved.Comparator, resolved.Threshold, resolved.TargetBranchCount, resolved.AsOfDate),
                new ResultTerms(result.Value, result.PeriodBasis, result.AsOf));
            if (fromAnother && computed is null)
            {
                return resolved;
            }
            // A mark printed against another document's target stays with that target (a tally counts it once), but a computed
            // mark that contradicts it is flagged here too: both are about the same org unit, KPI and year.
            return resolved with
            {
                ResultCode = result.Code, ResultFromAnotherDocument = fromAnother, PublishedAttainment = fromAnother ? null : result.PublishedAttainment,
                ComputedAttainment = computed, AttainmentDisagrees = AttainmentRule.Disagrees(result.PublishedAttainment, computed),
            };
        }).ToList();
    }

    /// <summary>The threshold printed, or resolved from the org unit's earlier results; the resolution is kept beside a printed one.</summary>
    private static KpiTarget Resolve(KpiTarget target, IEnumerable<KpiResult> results, Kpi kpi, IEnumerable<KpiMethodVersion> versions,
        IEnumerable<KpiTarget> printedElsewhere)
    {
        var printed = target with { ThresholdSource = target.Threshold is null ? null : ThresholdSource.Printed };
        var list = versions.ToArray();
        int? MethodVersion(int year) => list.Length == 0
            ? null
            : list.FirstOrDefault(v => (v.ValidFrom ?? int.MinValue) <= year && year <= (v.ValidTo ?? int.MaxValue))?.Version ?? -1;
        var isRatio = kpi.DenominatorJa is not null || kpi.Unit is "%" or "％";
        var prior = results.Where(r => r.FiscalYear < target.FiscalYear)
            .Select(r => new PriorResult(r.Code, r.FiscalYear, r.PeriodBasis, r.PeriodFrom, r.AsOf, r.Value, r.Numerator, r.Denominator)).ToArray();
        if (ThresholdResolver.Resolve(target.Rule, target.FiscalYear, isRatio, prior, MethodVersion) is not { } resolution)
        {
            return printed;
        }
        var withResolution = printed with
        {
            ResolvedThreshold = resolution.Threshold, ThresholdUnresolvedReason = resolution.UnresolvedReason,
            ThresholdResultCodes = resolution.ResultCodes.Count == 0 ? null : string.Join(",", resolution.ResultCodes),
            ThresholdYears = string.Join(",", resolution.Years), ThresholdPriorYearValue = resolution.PriorYearValue,
            ThresholdSimpleMean3Y = resolution.SimpleMean3Y, ThresholdPooled3Y = resolution.Pooled3Y, ThresholdPrintedAverage3Y = resolution.PrintedAverage3Y,
            ThresholdAverageForm = resolution.AverageForm,
        };
        if (target.Threshold is not null || resolution.Threshold is not { } threshold)
        {
            return withResolution;
        }
        // Another document printing a different threshold for the same org unit, KPI, year and rule means the results are on another
        // basis (Mie's chart prints a national FY2023 refund recovery of 53.29 %, the FY2024 report 63.35 % as 前年度): not resolved.
        if (printedElsewhere.FirstOrDefault(t => t.Threshold != threshold) is { } other)
        {
            return withResolution with
            {
                ThresholdUnresolvedReason = $"the results give {threshold.Normalize()} ({withResolution.ThresholdResultCodes}), but {other.Code} ({other.DocumentCode} {other.Locator}) "
                    + $"prints {other.Threshold!.Value.Normalize()} for the same org unit, KPI, year and rule: the results are on another basis",
            };
        }
        return withResolution with { Threshold = threshold, ThresholdSource = ThresholdSource.ResolvedFromResults };
    }

    private static decimal Normalize(this decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The org unit's full-period results for the target's KPI and year, where they agree on one value (the first by code).</summary>
    private static KpiResult? SameYear(KpiTarget target, IEnumerable<KpiResult> results)
    {
        var rows = results.Where(r => r.FiscalYear == target.FiscalYear && r.Value is not null
                && AttainmentRule.Compute(new TargetTerms(target.Rule, target.Comparator, target.Threshold, target.TargetBranchCount, target.AsOfDate),
                    new ResultTerms(r.Value, r.PeriodBasis, r.AsOf)) is not null)
            .OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        return rows.Length > 0 && rows.All(r => r.Value == rows[0].Value) ? rows[0] : null;
    }
}
