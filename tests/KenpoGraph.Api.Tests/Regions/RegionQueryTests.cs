namespace KenpoGraph.Api.Tests.Regions;

public sealed class RegionQueryTests(KenpoGraphApi api) : IClassFixture<KenpoGraphApi>
{
    [Fact]
    public async Task Lists_the_eight_standard_regions_with_their_branches()
    {
        var data = await api.DataAsync("{ regions { code nameJa grouping branches { code } } }");
        var regions = data.GetProperty("regions").EnumerateArray().ToArray();

        Assert.Equal(["北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州・沖縄"], regions.Select(r => r.GetProperty("nameJa").GetString()));
        Assert.All(regions, r => Assert.Equal("STANDARD8", r.GetProperty("grouping").GetString()));
        Assert.Equal(47, regions.Sum(r => r.GetProperty("branches").GetArrayLength()));
        var kanto = regions.Single(r => r.GetProperty("code").GetString() == "KANTO");
        Assert.Equal(["08", "09", "10", "11", "12", "13", "14"], kanto.GetProperty("branches").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }
}
