using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

public sealed class VectorMatrixTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(293)] // not a multiple of any SIMD width: the last rows go through the padding
    public void Dot_EveryRow_IsBitForBitTheScalarCosine(int rows)
    {
        var random = new Random(rows);
        var vectors = Enumerable.Range(0, rows).Select(_ => Unit(random, 384)).ToArray();
        var question = Unit(random, 384);

        var dots = new VectorMatrix(vectors).Dot(question);

        Assert.Equal(rows, dots.Length);
        for (var i = 0; i < rows; i++)
        {
            // Exact equality: the fused score is rounded and thresholded, so a last-bit change could move an answer.
            Assert.Equal(BitConverter.SingleToInt32Bits((float)Vectors.Cosine(question, vectors[i])), BitConverter.SingleToInt32Bits(dots[i]));
        }
    }

    [Fact]
    public void Dot_NoRows_IsEmpty()
    {
        Assert.Empty(new VectorMatrix([]).Dot([1f, 0f]));
    }

    private static float[] Unit(Random random, int dimensions)
    {
        var v = Enumerable.Range(0, dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var norm = MathF.Sqrt(v.Sum(x => x * x));
        return v.Select(x => x / norm).ToArray();
    }
}
