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

    /// <summary>The mean of a set of vectors.</summary>
    public static float[] Mean(IReadOnlyList<float[]> vectors)
    {
        var mean = new float[vectors.Count == 0 ? 0 : vectors[0].Length];
        foreach (var v in vectors)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += v[i] / vectors.Count;
            }
        }

        return mean;
    }

    /// <summary>The vector less <paramref name="mean"/>, scaled back to unit length.</summary>
    public static float[] Centered(float[] vector, float[] mean)
    {
        var centered = new float[vector.Length];
        var norm = 0f;
        for (var i = 0; i < centered.Length; i++)
        {
            centered[i] = vector[i] - (i < mean.Length ? mean[i] : 0f);
            norm += centered[i] * centered[i];
        }

        norm = MathF.Sqrt(norm);
        if (norm > 0)
        {
            for (var i = 0; i < centered.Length; i++)
            {
                centered[i] /= norm;
            }
        }

        return centered;
    }
}
