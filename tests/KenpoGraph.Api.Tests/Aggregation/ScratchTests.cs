using KenpoGraph.Api.Tests.Security;

namespace KenpoGraph.Api.Tests.Aggregation;

[Collection(SecuredApiCollection.Name)]
public sealed class ScratchTests(SecuredApi api)
{
    [SkippableFact]
    public async Task Scratch()
    {
        var queries = new[]
        {
            """{ aggregate(measures: ["checkup.lifestyle.rate", "membership.insured"], groupBy: [FISCAL_YEAR], where: { fiscalYear: { in: [2023, 2024] } }) { totalCount nodes { measureCode fiscalYear value numerator denominator count contributors expectedContributors complete quality min max mean } } }""",
            """{ aggregate(measures: ["checkup.lifestyle.rate"], groupBy: [REGION], where: { fiscalYear: { eq: 2024 } }, yearOverYear: true, order: [{ value: DESC }]) { totalCount nodes { regionCode value previousValue change changeQuality contributors expectedContributors quality } } }""",
            """{ aggregate(measures: ["checkup.lifestyle.rate"], groupBy: [ORG_UNIT], where: { fiscalYear: { eq: 2024 } }, order: [{ value: DESC }], first: 5) { totalCount pageInfo { hasNextPage endCursor } nodes { orgUnitCode orgUnit { nameEn } value quality } } }""",
            """{ aggregate(measures: ["membership.insured"], groupBy: [GROUP], groups: [{ code: "EAST", orgUnits: ["01","02","03","04","05","06","07","08","09","10","11","12","13","14","15"] }, { code: "WEST", orgUnits: ["27","28","29","30"] }], where: { fiscalYear: { eq: 2024 } }) { nodes { groupCode value contributors expectedContributors withheld min max mean } } }""",
            """{ aggregate(measures: ["membership.insured"], groupBy: [REGION], where: { fiscalYear: { eq: 2023 } }) { nodes { regionCode value withheld withheldCode min max } } }""",
            """{ aggregate(measures: ["membership.insured"], groupBy: [SUBJECT, QUALITY, ORG_UNIT_KIND]) { nodes { subject qualityKey orgUnitKind value count contributors } } }""",
        };
        var lines = new List<string>();
        foreach (var q in queries)
        {
            lines.Add(q);
            lines.Add((await api.SendAsync(q, api.Token())).Body);
            lines.Add("YAMANASHI: " + (await api.SendAsync(q, api.Yamanashi)).Body);
        }
        File.WriteAllLines("/tmp/a-scratch.txt", lines);
    }
}
