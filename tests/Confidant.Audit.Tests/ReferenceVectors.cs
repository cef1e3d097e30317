using Confidant.Audit.Merkle;

namespace Confidant.Audit.Tests;

/// <summary>
/// The RFC 6962 reference data that Certificate Transparency and Trillian test against
/// (transparency-dev/merkle, proof/verify_test.go and rfc6962/rfc6962_test.go): eight entries,
/// the tree head for every size 1..8, and known inclusion and consistency proofs. Indexes here
/// are 0-based (the Go source numbers leaves from 1).
/// </summary>
internal static class ReferenceVectors
{
    public static readonly byte[][] Entries =
    [
        Convert.FromHexString(""),
        Convert.FromHexString("00"),
        Convert.FromHexString("10"),
        Convert.FromHexString("2021"),
        Convert.FromHexString("3031"),
        Convert.FromHexString("40414243"),
        Convert.FromHexString("5051525354555657"),
        Convert.FromHexString("606162636465666768696a6b6c6d6e6f"),
    ];

    /// <summary>Roots[n] is MTH of the first n entries.</summary>
    public static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    public static TheoryData<long, long, string> InclusionProofs() => new()
    {
        { 0, 1, "" },
        {
            0, 8,
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7" +
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e" +
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
        },
        {
            5, 8,
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b" +
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0" +
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        },
        { 2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125" },
        {
            1, 5,
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d" +
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e" +
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
        },
    };

    public static TheoryData<long, long, string> ConsistencyProofs() => new()
    {
        { 1, 1, "" },
        {
            1, 8,
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7" +
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e" +
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
        },
        {
            6, 8,
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a" +
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0" +
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        },
        {
            2, 5,
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e" +
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
        },
        {
            6, 7,
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a" +
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f" +
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
        },
    };

    public static byte[] Root(long size) => Convert.FromHexString(Roots[size]);

    /// <summary>A source holding all eight reference entries; proofs may use any size up to 8.</summary>
    public static InMemoryHashSource Source()
    {
        var source = new InMemoryHashSource();
        foreach (var entry in Entries)
        {
            source.Append(entry);
        }

        return source;
    }
}
