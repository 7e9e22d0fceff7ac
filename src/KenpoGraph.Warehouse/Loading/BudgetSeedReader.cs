using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Figures;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>A budget line with the row it came from (for check reports).</summary>
internal sealed record ReadBudgetLine(SeedRow Row, BudgetLine Line);

/// <summary>A budget amount with the row it came from and half its printed rounding step in yen.</summary>
internal sealed record ReadBudgetAmount(SeedRow Row, BudgetAmount Amount, decimal RoundingHalfStep)
{
    public BudgetFigure Figure => new(Amount.LineCode, Amount.FiscalYear, Amount.Kind, Amount.Value, RoundingHalfStep);
}

/// <summary>Reads budget-line trees and their amounts; amounts go to yen through units.csv, "-" stays no amount.</summary>
internal static class BudgetSeedReader
{
    public static Dictionary<string, ReadBudgetLine> ReadLines(SeedFile file, Dictionary<string, PlanDocument> plans,
        Dictionary<string, SourceDocument> documents)
    {
        var rows = new List<(TreeRow Tree, Func<TreePlace, BudgetLine> Line)>();
        var keys = new KeyIndex<string>();
        foreach (var row in file.Rows)
        {
            var plan = SeedReader.Reference(row, "plan_document", plans, SeedFiles.PlanDocuments);
            var code = row.Text("code");
            var parent = row.Text("parent", required: false);
            var sortOrder = row.Integer("sort_order");
            var account = row.Code<BudgetAccount>("account");
            var side = row.OptionalCode<BudgetSide>("side");
            var titleJa = row.Text("title_ja");
            var titleEn = row.Text("title_en");
            var isNew = row.Boolean("is_new");
            var source = row.Source(documents);
            row.RequireSameDocument(source, plan);
            if (code is null || !keys.Add(code, row, "code", $"budget line '{code}'") || plan is null || sortOrder is null || account is null
                || titleJa is null || titleEn is null || isNew is null || source is null)
            {
                continue;
            }
            rows.Add((new TreeRow(row, code, parent, plan.Code, sortOrder.Value), place => new BudgetLine
            {
                Code = code, PlanDocumentCode = plan.Code, ParentCode = parent, SortOrder = sortOrder.Value, Depth = place.Depth,
                TreeOrder = place.TreeOrder, Account = account.Value, Side = side, TitleJa = titleJa, TitleEn = titleEn,
                DescriptionJa = row.Text("description_ja", required: false), IsNew = isNew.Value,
                PriorYearLines = row.Text("prior_year_lines", required: false), DocumentCode = source.DocumentCode, Locator = source.Locator,
                Quality = source.Quality, Uncertain = source.Uncertain, Note = source.Note,
            }));
        }
        var places = TreeShape.Place([.. rows.Select(r => r.Tree)], "parent", "budget line");
        var lines = rows.ToDictionary(r => r.Tree.Code,
            r => new ReadBudgetLine(r.Tree.Row, r.Line(places.GetValueOrDefault(r.Tree.Code) ?? TreeShape.Unplaced)), StringComparer.Ordinal);
        foreach (var line in lines.Values)
        {
            foreach (var previous in line.Row.Words("prior_year_lines").Where(p => !lines.ContainsKey(p)))
            {
                line.Row.Problem("prior_year_lines", LoadRule.UnknownReference, $"'{previous}' is not a budget line in this file");
            }
        }
        return lines;
    }

    public static List<ReadBudgetAmount> ReadAmounts(SeedFile file, Dictionary<string, ReadBudgetLine> lines,
        SortedDictionary<int, FiscalYearRow> years, Dictionary<string, Unit> units, Dictionary<string, SourceDocument> documents)
    {
        var result = new List<ReadBudgetAmount>();
        var keys = new KeyIndex<(string, int, BudgetAmountKind)>();
        foreach (var row in file.Rows)
        {
            var line = SeedReader.Reference(row, "line", lines, SeedFiles.BudgetLines);
            var year = SeedReader.FiscalYearOf(row, "fiscal_year", years);
            var kind = row.Code<BudgetAmountKind>("kind");
            var printed = row.Text("printed_value");
            var unit = SeedReader.Reference(row, "printed_unit", units, SeedFiles.Units);
            var source = row.Source(documents);
            decimal? number = null;
            if (printed is not null && !PrintedNumber.IsNoAmount(printed))
            {
                number = row.Number("printed_value");
                if (number is null)
                {
                    continue;
                }
            }
            if (unit is not null && unit.BaseUnit != "円")
            {
                row.Problem("printed_unit", LoadRule.UnitMismatch, $"'{unit.Code}' measures {unit.BaseUnit}; budget amounts are in 円");
                unit = null;
            }
            var value = number is { } figure && unit is not null ? row.InBaseUnit("printed_value", figure, unit) : null;
            if (line is null || year is null || kind is null || printed is null || unit is null || source is null || (number is not null && value is null)
                || !keys.Add((line.Line.Code, year.Year, kind.Value), row, "kind", $"the FY{year.Year} {SourcedRow.CodeOf(kind.Value)} amount of {line.Line.Code}"))
            {
                continue;
            }
            result.Add(new ReadBudgetAmount(row, new BudgetAmount
            {
                LineCode = line.Line.Code, FiscalYear = year.Year, Kind = kind.Value, Value = value, PrintedValue = printed,
                PrintedUnit = unit.Code, DocumentCode = source.DocumentCode, Locator = source.Locator, Quality = source.Quality,
                Uncertain = source.Uncertain, Note = source.Note,
            }, PrintedNumber.IsNoAmount(printed) ? 0 : PrintedNumber.RoundingHalfStep(printed) * unit.Factor));
        }
        return result;
    }
}
