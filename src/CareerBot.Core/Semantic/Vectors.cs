namespace CareerBot.Core.Semantic;

/// <summary>Vector arithmetic for unit-length embeddings.</summary>
internal static class Vectors
{
    /// <summary>Cosine similarity of two unit-length vectors (their dot product).</summary>
    public static double Cosine(float[] a, float[] b)
    {
        var sum = 0f;
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
