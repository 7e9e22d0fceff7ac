using GraphQL;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.Filtering;
using KenpoGraph.Api.Schema;
using KenpoGraph.Api.Sorting;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Time;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;

namespace KenpoGraph.Api.FiscalYears;

internal static class FiscalYearQueries
{
    public static void AddFiscalYearQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FiscalYearType>>>>("fiscalYears")
            .Says("The fiscal years the warehouse holds, oldest first unless `order` says otherwise.", "年度一覧。")
            .Argument<FiscalYearFilterInputType>("where", "Filter (HotChocolate conventions).")
            .Argument<ListGraphType<NonNullGraphType<FiscalYearSortInputType>>>("order", "Sort order (HotChocolate conventions).")
            .ResolveAsync(async context =>
            {
                var years = context.ApplyWhere<FiscalYearFilterInputType, FiscalYearRow>(context.Warehouse().Db.FiscalYears);
                return await context.ApplyOrder<FiscalYearSortInputType, FiscalYearRow, int>(years, x => x.Year).ToListAsync(context.CancellationToken);
            });

        query.Field<FiscalYearType>("fiscalYear")
            .Says("One fiscal year by western year (2025) or 和暦 label (令和7年度, 令和元年度 or 平成31年度, R7; digits of any script); null when the warehouse does not hold it.", "年度（西暦・和暦指定）。")
            .Argument<IntGraphType>("year", "Starting western year, e.g. 2025.")
            .Argument<StringGraphType>("wareki", "和暦 label, e.g. 令和7年度.")
            .ResolveAsync(async context =>
            {
                var year = Year(context.GetArgument<int?>("year"), context.GetArgument<string?>("wareki"));
                return await context.Warehouse().Db.FiscalYears.FirstOrDefaultAsync(x => x.Year == year, context.CancellationToken);
            });
    }

    private static int Year(int? year, string? wareki)
    {
        if ((year is null) == (wareki is null))
        {
            throw new KenpoError(ErrorCodes.InvalidArgument, "Give exactly one of `year` and `wareki`.");
        }
        if (wareki is null)
        {
            return year!.Value;
        }
        try
        {
            return FiscalYear.TryFromWareki(wareki, out var fiscalYear, out var problem)
                ? fiscalYear.Year
                : throw new KenpoError(ErrorCodes.InvalidArgument, problem);
        }
        catch (FormatException) when (wareki.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c)))
        {
            // The label's pattern takes any script's decimal digits (\d), the year's number only ASCII ones (and full-width ones,
            // which NFKC makes ASCII): 令和٥年度 was an INTERNAL_SERVER_ERROR (issue 16). Refused clearly here; once the
            // Domain reads every script's digits, no FormatException reaches this and such labels are understood.
            throw new KenpoError(ErrorCodes.InvalidArgument,
                $"'{wareki}': write the era year with the digits 0–9 (full-width ０–９ work too) or 元, e.g. 令和5年度.");
        }
    }
}
