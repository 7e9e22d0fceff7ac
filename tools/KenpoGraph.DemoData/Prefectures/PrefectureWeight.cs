namespace KenpoGraph.DemoData.Prefectures;

/// <summary>One row of prefecture_weights.csv: what shapes a branch's demonstration figures.</summary>
internal sealed record PrefectureWeight(string Code, string NameJa, decimal PopulationThousands, decimal RemunerationIndex, decimal PremiumRateLevel);
