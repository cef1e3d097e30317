namespace Confidant.Audit.Tests;

/// <summary>
/// The tree sizes the property tests run over: every size from 1 to 70 (all the small shapes,
/// powers of two and their neighbours) and a fixed-seed random sample up to 300, so a failure
/// names its size and reruns the same way.
/// </summary>
internal static class TreeSizes
{
    public const int Seed = 6962;

    public static TheoryData<int> All()
    {
        var sizes = new SortedSet<int>(Enumerable.Range(1, 70)) { 127, 128, 129, 255, 256, 257, 300 };
        var random = new Random(Seed);
        while (sizes.Count < 70 + 7 + 12)
        {
            sizes.Add(random.Next(71, 301));
        }

        return [.. sizes];
    }

    public static List<byte[]> LeafHashes(int count)
    {
        var random = new Random(Seed + count);
        var leaves = new List<byte[]>(count);
        for (var i = 0; i < count; i++)
        {
            // Distinct entries: two equal neighbours would make a swapped index a true statement.
            var entry = new byte[4 + random.Next(0, 40)];
            random.NextBytes(entry);
            BitConverter.TryWriteBytes(entry, i);
            leaves.Add(RfcDefinitions.Leaf(entry));
        }

        return leaves;
    }
}
