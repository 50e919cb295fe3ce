using System.Numerics;

namespace CareerBot.Core.Semantic;

/// <summary>
/// A fixed set of vectors kept dimension by dimension in one contiguous array, so the dot products of one
/// question with all of them run as SIMD across the rows. Each row's sum still adds the products in
/// dimension order with single-precision multiplies and adds, so every result is bit for bit what
/// <see cref="Vectors.Cosine"/> gives for that row: the answers do not move, only the time does.
/// </summary>
internal sealed class VectorMatrix
{
    private readonly float[] _columns;
    private readonly int _stride;

    public VectorMatrix(IReadOnlyList<float[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Count = rows.Count;
        Dimensions = rows.Count == 0 ? 0 : rows.Min(r => r.Length);
        _stride = (Count + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        _columns = new float[_stride * Dimensions];
        for (var row = 0; row < Count; row++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                _columns[(d * _stride) + row] = rows[row][d];
            }
        }
    }

    /// <summary>How many vectors.</summary>
    public int Count { get; }

    /// <summary>The length of the shortest vector (the products beyond it are not summed, as in <see cref="Vectors.Cosine"/>).</summary>
    public int Dimensions { get; }

    /// <summary>The dot product of <paramref name="vector"/> with every row, in row order.</summary>
    public float[] Dot(float[] vector)
    {
        ArgumentNullException.ThrowIfNull(vector);
        var sums = new float[_stride];
        var dimensions = Math.Min(Dimensions, vector.Length);
        var width = Vector<float>.Count;
        var columns = _columns.AsSpan();
        var target = sums.AsSpan();
        for (var d = 0; d < dimensions; d++)
        {
            var factor = new Vector<float>(vector[d]);
            var column = columns.Slice(d * _stride, _stride);
            for (var row = 0; row < _stride; row += width)
            {
                var sum = new Vector<float>(target.Slice(row, width));
                (sum + (factor * new Vector<float>(column.Slice(row, width)))).CopyTo(target.Slice(row, width));
            }
        }

        return sums.Length == Count ? sums : sums[..Count];
    }
}
