using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KenpoGraph.Api.Errors;
using KenpoGraph.Api.RequestData;
using KenpoGraph.Domain.Organisation;
using KenpoGraph.Warehouse.Model;
using Microsoft.EntityFrameworkCore;
using KenpoGraph.Api.Schema;

namespace KenpoGraph.Api.Facts;

internal static class MembershipQueries
{
    private const string Subject = "MEMBERSHIP";

    public static void AddMembershipQueries(this ObjectGraphType query)
    {
        query.Field<MembershipYearType>("nationalMembership")
            .Says("National membership of one fiscal year (the headquarters' published figures), each with its source; null when none is held for that year.", "全国の加入者等。")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", "Starting western year, e.g. 2024.")
            .ResolveAsync(async context =>
            {
                var year = context.GetArgument<int>("fiscalYear");
                await RequireFiscalYearAsync(context, year);
                var years = await MembershipOf(context, OrgUnitCode.HeadquartersCode, year, year).GetResultAsync(context.CancellationToken);
                return years?.SingleOrDefault();
            });
    }

    /// <summary>OrgUnit.membership(fromYear, toYear).</summary>
    public static void AddMembershipField(this ObjectGraphType<OrgUnit> orgUnit)
    {
        orgUnit.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipYearType>>>>("membership")
            .Says("Membership by fiscal year, oldest first; years without figures are absent.", "加入者等の推移。")
            .Argument<IntGraphType>("fromYear", "First fiscal year (inclusive); omitted = from the earliest.")
            .Argument<IntGraphType>("toYear", "Last fiscal year (inclusive); omitted = to the latest.")
            .Resolve(context =>
            {
                var from = context.GetArgument<int?>("fromYear") ?? int.MinValue;
                var to = context.GetArgument<int?>("toYear") ?? int.MaxValue;
                if (from > to)
                {
                    throw new KenpoError(ErrorCodes.InvalidArgument, $"fromYear ({from}) is after toYear ({to}).");
                }
                return MembershipOf(context, context.Source.Code, from, to);
            });
    }

    /// <summary>Batched: the membership of every org unit a query level asks for, in one statement.</summary>
    private static IDataLoaderResult<IEnumerable<MembershipYear>> MembershipOf(IResolveFieldContext context, string orgUnitCode, int from, int to)
    {
        var warehouse = context.Warehouse();
        if (warehouse.Model is { } model)
        {
            var ofUnit = model.Index("observations:membershipByUnit", view =>
            {
                var membership = view.Rows<Measure>().Where(m => m.Subject == Subject).Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
                return view.Rows<Observation>().Where(o => membership.Contains(o.MeasureCode)).GroupBy(o => o.OrgUnitCode)
                    .ToDictionary(g => g.Key, g => g.ToArray());
            });
            return new LoadedResult<IEnumerable<MembershipYear>>(ofUnit.TryGetValue(orgUnitCode, out var rows)
                ? MembershipYear.Group([.. rows.Where(o => o.FiscalYear >= from && o.FiscalYear <= to)]) : []);
        }
        var loader = context.Loaders().Get<string, IEnumerable<MembershipYear>>($"membership:{from}:{to}", async (codes, cancellationToken) =>
        {
            var db = warehouse.Db;
            var rows = await db.Observations
                .Where(o => codes.Contains(o.OrgUnitCode) && o.FiscalYear >= from && o.FiscalYear <= to
                    && db.Measures.Any(m => m.Code == o.MeasureCode && m.Subject == Subject))
                .ToListAsync(cancellationToken);
            return MembershipYear.Group(rows).GroupBy(y => y.OrgUnitCode).ToDictionary(g => g.Key, g => g.AsEnumerable());
        }, missing: []);
        return loader.Load(orgUnitCode);
    }

    private static async Task RequireFiscalYearAsync(IResolveFieldContext context, int year)
    {
        var model = context.Warehouse().Model;
        if (model is not null ? !model.Rows<FiscalYearRow>().Any(y => y.Year == year)
            : !await context.Warehouse().Db.FiscalYears.AnyAsync(y => y.Year == year, context.CancellationToken))
        {
            var held = model is not null ? model.Rows<FiscalYearRow>().Select(y => y.Year).ToList()
                : await context.Warehouse().Db.FiscalYears.Select(y => y.Year).ToListAsync(context.CancellationToken);
            throw new KenpoError(ErrorCodes.UnknownFiscalYear,
                $"FY{year} is not a fiscal year the warehouse holds (FY{held.Min()}–FY{held.Max()}).");
        }
    }
}
