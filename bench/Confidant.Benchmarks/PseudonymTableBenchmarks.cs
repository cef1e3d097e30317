using BenchmarkDotNet.Attributes;
using Confidant.Detection.Taxonomy;
using Confidant.Redaction.Pseudonyms;

namespace Confidant.Benchmarks;

/// <summary>
/// A conversation's pseudonym table is restored from its sealed state for every chat message and
/// exported again with the new state: a table of twelve values (names, emails, cards, phones, one
/// with non-ASCII letters), imported and exported.
/// </summary>
[MemoryDiagnoser]
public class PseudonymTableBenchmarks
{
    private byte[] _exported = [];
    private PseudonymTable _table = null!;

    [GlobalSetup]
    public void Setup()
    {
        _table = new PseudonymTable();
        string[] names = ["Maria Gonzalez", "John Smith", "José Ömer", "Aiko Tanaka"];
        foreach (var name in names)
        {
            _table.GetOrAdd(DataClasses.PersonName, name);
        }

        string[] emails = ["jane.doe@example.com", "j.smith@example.org", "support+orders@example.net"];
        foreach (var email in emails)
        {
            _table.GetOrAdd(DataClasses.Email, email);
        }

        string[] cards = ["4111 1111 1111 1111", "5500 0000 0000 0004", "3400 000000 00009"];
        foreach (var card in cards)
        {
            _table.GetOrAdd(DataClasses.CardNumber, card);
        }

        _table.GetOrAdd(DataClasses.Phone, "(415) 555-2671");
        _table.GetOrAdd(DataClasses.Phone, "+44 20 7946 0958");
        _exported = _table.Export();
    }

    [Benchmark(Description = "Pseudonym table, 12 values: import")]
    public int Import() => PseudonymTable.Import(_exported).Count;

    [Benchmark(Description = "Pseudonym table, 12 values: export")]
    public int Export() => _table.Export().Length;
}
