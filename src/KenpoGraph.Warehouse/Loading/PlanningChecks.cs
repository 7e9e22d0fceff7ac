using System.Globalization;
using KenpoGraph.Domain.Budgets;
using KenpoGraph.Domain.Checks;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Warehouse.Loading;

/// <summary>A difference a check is known to find, with the reason (db/seed/known_discrepancies.csv).</summary>
internal sealed record KnownDiscrepancy(SeedRow Row, string Check, string Subject, decimal Difference, string Note);

/// <summary>
/// The checks on published figures. A difference within the printed figures' rounding passes; a larger one
/// passes only where known_discrepancies.csv records exactly that difference with a note; anything else is a
/// CHECK_FAILED problem on the row that printed the figure, and a recorded discrepancy no check finds is one too.
/// </summary>
internal sealed class PlanningChecks(Dictionary<(string Check, string Subject), KnownDiscrepancy> known, List<LoadCheckResult> results)
{
    public const string BudgetSum = "BUDGET_SUM";
    public const string BudgetPriorYear = "BUDGET_PRIOR_YEAR";
    public const string AttainmentTally = "ATTAINMENT_TALLY";

    private static readonly string[] CheckCodes = [BudgetSum, BudgetPriorYear, AttainmentTally];

    private readonly HashSet<(string, string)> _matched = [];

    public static Dictionary<(string Check, string Subject), KnownDiscrepancy> ReadKnownDiscrepancies(SeedFile file)
    {
        var result = new Dictionary<(string, string), KnownDiscrepancy>();
        var keys = new KeyIndex<(string, string)>();
        foreach (var row in file.Rows)
        {
            var check = row.Text("check");
            var subject = row.Text("subject");
            var difference = row.Number("difference");
            var note = row.Text("note");
            if (check is not null && !CheckCodes.Contains(check))
            {
                row.Problem("check", LoadRule.InvalidCode, $"'{check}' is not one of {string.Join(", ", CheckCodes)}");
                continue;
            }
            if (check is null || subject is null || difference is null || note is null
                || !keys.Add((check, subject), row, "subject", $"a discrepancy of {check} {subject}"))
            {
                continue;
            }
            result[(check, subject)] = new KnownDiscrepancy(row, check, subject, difference.Value, note);
        }
        return result;
    }

    public void BudgetSums(Dictionary<string, ReadBudgetLine> lines, List<ReadBudgetAmount> amounts)
    {
        var rows = amounts.ToDictionary(a => (a.Amount.LineCode, a.Amount.FiscalYear, a.Amount.Kind));
        var checks = BudgetChecks.TreeSums(lines.Values.Select(l => new BudgetTreeLine(l.Line.Code, l.Line.ParentCode)), amounts.Select(a => a.Figure));
        foreach (var check in checks.OrderBy(c => lines[c.Parent.Line].Line.PlanDocumentCode, StringComparer.Ordinal)
                     .ThenBy(c => lines[c.Parent.Line].Line.TreeOrder).ThenBy(c => c.Parent.FiscalYear).ThenBy(c => c.Parent.Kind))
        {
            var parent = rows[(check.Parent.Line, check.Parent.FiscalYear, check.Parent.Kind)];
            var subject = Subject(check.Parent);
            var detail = $"{parent.Amount.PrintedValue} {parent.Amount.PrintedUnit} against {string.Join(" + ", check.Children.Select(c => c.Line))}";
            Record(BudgetSum, subject, check.Outcome, detail, parent.Row, "printed_value", parent.Amount, check.Parent);
        }
    }

    public void BudgetPriorYears(Dictionary<string, ReadBudgetLine> lines, List<ReadBudgetAmount> amounts)
    {
        var rows = amounts.ToDictionary(a => (a.Amount.LineCode, a.Amount.FiscalYear, a.Amount.Kind));
        foreach (var line in lines.Values.Where(l => l.Line.PriorYearLines is not null).OrderBy(l => l.Row.Line))
        {
            var changes = amounts.Where(a => a.Amount.LineCode == line.Line.Code && a.Amount.Kind == BudgetAmountKind.ChangeFromPrevious).ToArray();
            if (changes.Length == 0)
            {
                line.Row.Problem("prior_year_lines", LoadRule.Incomplete, $"{line.Line.Code} has no CHANGE_FROM_PREVIOUS amount to check against the previous year");
            }
            foreach (var change in changes)
            {
                var year = change.Amount.FiscalYear;
                var previous = line.Line.PriorYearLines!.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(code => (Code: code, Amount: rows.GetValueOrDefault((code, year - 1, BudgetAmountKind.Budget)))).ToArray();
                var missing = previous.Where(p => p.Amount is null).Select(p => p.Code).ToArray();
                if (!rows.TryGetValue((line.Line.Code, year, BudgetAmountKind.Budget), out var budget) || missing.Length > 0)
                {
                    line.Row.Problem("prior_year_lines", LoadRule.Incomplete, budget is null
                        ? $"{line.Line.Code} has no FY{year} BUDGET amount to take its change from"
                        : $"{string.Join(", ", missing)} has no FY{year - 1} BUDGET amount");
                    continue;
                }
                var outcome = BudgetChecks.PriorYear(budget.Figure, change.Figure, [.. previous.Select(p => p.Amount!.Figure)]);
                var detail = $"{budget.Amount.PrintedValue} − ({change.Amount.PrintedValue}) {budget.Amount.PrintedUnit} against FY{year - 1} "
                    + string.Join(" + ", previous.Select(p => p.Code));
                Record(BudgetPriorYear, Subject(budget.Figure), outcome, detail, line.Row, "prior_year_lines", budget.Amount, budget.Figure);
            }
        }
    }

    public void AttainmentTallies(List<AttainmentTally> tallies, List<(SeedRow Row, KpiResult Result)> results)
    {
        foreach (var tally in tallies)
        {
            // Rows sharing an attainment group are one printed KPI (a composite target carries one mark).
            var counted = results.Select(r => r.Result)
                .Where(r => r.PlanDocumentCode == tally.PlanDocumentCode && r.PublishedAttainment == tally.Attainment)
                .Select(r => r.AttainmentGroup ?? r.Code).Distinct(StringComparer.Ordinal).Count();
            var outcome = new CheckOutcome(tally.PrintedCount, counted, 0);
            var subject = $"{tally.PlanDocumentCode} {tally.PrintedMark}";
            var detail = $"printed {tally.PrintedMark} {tally.PrintedCount}; the KPI results of the document marked {tally.PrintedMark}: {counted}";
            Record(AttainmentTally, subject, outcome, detail, tally.Row, "printed_count", tally.Source.DocumentCode, tally.Source.Locator, null);
        }
    }

    /// <summary>A recorded discrepancy that no check found is stale: the figures changed, or the subject is misspelt.</summary>
    public void UnusedDiscrepancies()
    {
        foreach (var discrepancy in known.Values.Where(d => !_matched.Contains((d.Check, d.Subject))))
        {
            discrepancy.Row.Problem("subject", LoadRule.CheckFailed,
                $"no {discrepancy.Check} check of '{discrepancy.Subject}' finds a difference beyond rounding; remove the row or correct its subject");
        }
    }

    private static string Subject(BudgetFigure figure) => $"{figure.Line} {figure.FiscalYear} {SourcedRow.CodeOf(figure.Kind)}";

    private void Record(string check, string subject, CheckOutcome outcome, string detail, SeedRow row, string column, BudgetAmount amount,
        BudgetFigure figure) =>
        Record(check, subject, outcome, detail, row, column, amount.DocumentCode, amount.Locator, figure);

    private void Record(string check, string subject, CheckOutcome outcome, string detail, SeedRow row, string column, string documentCode,
        string locator, BudgetFigure? figure)
    {
        var status = outcome.Status;
        if (status == CheckStatus.Mismatch)
        {
            if (!known.TryGetValue((check, subject), out var discrepancy))
            {
                row.Problem(column, LoadRule.CheckFailed,
                    $"{check} {subject}: printed {Number(outcome.Expected)}, computed {Number(outcome.Actual)} ({detail}); the difference {Number(outcome.Difference)} is beyond rounding " +
                        $"({Number(outcome.Tolerance)}) and known_discrepancies.csv records none");
                return;
            }
            _matched.Add((check, subject));
            if (discrepancy.Difference != outcome.Difference)
            {
                row.Problem(column, LoadRule.CheckFailed,
                    $"{check} {subject}: the difference is {Number(outcome.Difference)}, but known_discrepancies.csv row {discrepancy.Row.Line} records {Number(discrepancy.Difference)}");
                return;
            }
            status = CheckStatus.KnownDiscrepancy;
            detail = $"{detail}. {discrepancy.Note}";
        }
        results.Add(new LoadCheckResult
        {
            Id = results.Count + 1, Check = check, Subject = subject, BudgetLineCode = figure?.Line, FiscalYear = figure?.FiscalYear,
            AmountKind = figure?.Kind, Expected = outcome.Expected, Actual = outcome.Actual, Difference = outcome.Difference,
            Tolerance = outcome.Tolerance, Status = status, Detail = detail, DocumentCode = documentCode, Locator = locator,
        });
    }

    private static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString("#,0.######", CultureInfo.InvariantCulture);
}
