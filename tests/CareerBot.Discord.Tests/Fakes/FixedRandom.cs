namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Jitter that always returns the same fraction, so timings are exact.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;

    protected override double Sample() => value;
}
