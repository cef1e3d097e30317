using System.Buffers;

namespace Confidant.Detection.Text;

/// <summary>
/// ASCII digits and letters as <see cref="SearchValues{T}"/>, for the recognizers' span searches. The
/// generic <c>ContainsAnyInRange</c> and <c>IndexOfAnyInRange</c> allocate until the runtime has
/// optimised them, which on a busy machine can take thousands of scans: a scan that finds nothing
/// must not allocate.
/// </summary>
internal static class AsciiSets
{
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    public static readonly SearchValues<char> Upper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static readonly SearchValues<char> Lower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
}
