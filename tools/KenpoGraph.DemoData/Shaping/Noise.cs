namespace KenpoGraph.DemoData.Shaping;

/// <summary>
/// The generator's only source of variation: a seeded <see cref="Random"/>, whose sequence is stable across
/// .NET versions. Draws use arithmetic only (no Math.Exp or Math.Log, whose last bit may differ between
/// platforms), so the same seed gives the same files everywhere.
/// </summary>
internal sealed class Noise(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    /// <summary>A bell-shaped draw in [−1, 1] (mean of three uniforms, standard deviation about 1/3).</summary>
    public double Symmetric() => (_random.NextDouble() + _random.NextDouble() + _random.NextDouble()) * 2.0 / 3.0 - 1.0;

    /// <summary>A magnitude between <paramref name="low"/> and <paramref name="high"/> with a random sign.</summary>
    public double SignedBetween(double low, double high)
    {
        var magnitude = Uniform(low, high);
        return _random.NextDouble() < 0.5 ? -magnitude : magnitude;
    }
}
