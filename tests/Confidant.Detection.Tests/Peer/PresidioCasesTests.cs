using Confidant.Cli.Eval;
using Confidant.Cli.Eval.Presidio;
using Xunit.Abstractions;

namespace Confidant.Detection.Tests.Peer;

/// <summary>
/// Runs Microsoft Presidio's recognizer test vectors (shared/eval/presidio-recognizer-cases.jsonl,
/// read in place, never copied into the repository) for the entity types Confidant supports, and
/// checks each type's pass rate against a floor. docs/presidio-peer-tests.md lists where Confidant
/// disagrees with Presidio on purpose.
/// </summary>
public class PresidioCasesTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<PresidioCase>?> Cases = new(LoadCases);

    // Floors per entity type (pass rate, 0..1): the rates measured when the recognizers landed
    // (passed / cases), so a regression fails the build. Where we fail a case on purpose,
    // docs/presidio-peer-tests.md says why.
    private static readonly Dictionary<string, double> Floors = new(StringComparer.Ordinal)
    {
        ["ABA_ROUTING_NUMBER"] = 4.0 / 6,
        ["CREDIT_CARD"] = 17.0 / 19,
        ["CRYPTO"] = 10.0 / 10,
        ["EMAIL_ADDRESS"] = 8.0 / 8,
        ["IP_ADDRESS"] = 107.0 / 113,
        ["PERSON"] = 22.0 / 24,
        ["PHONE_NUMBER"] = 22.0 / 24,
        ["UK_NINO"] = 10.0 / 12,
        ["UK_POSTCODE"] = 19.0 / 21,
        ["US_BANK_NUMBER"] = 1.0 / 2,
        ["US_DRIVER_LICENSE"] = 3.0 / 5,
        ["US_ITIN"] = 5.0 / 7,
        ["US_MBI"] = 17.0 / 17,
        ["US_NPI"] = 10.0 / 15,
        ["US_PASSPORT"] = 1.0 / 5,
        ["US_SSN"] = 11.0 / 13,
        ["CA_SIN"] = 13.0 / 20,
        ["DE_TAX_ID"] = 7.0 / 11,
        ["ES_NIE"] = 13.0 / 15,
        ["ES_NIF"] = 6.0 / 10,
        ["IN_AADHAAR"] = 5.0 / 13,
        ["IN_PAN"] = 2.0 / 6,
        ["IT_FISCAL_CODE"] = 3.0 / 5,
    };

    public static TheoryData<string> EntityTypes => [.. Floors.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void Presidio_CasesOfAnEntityType_PassAtLeastTheFloor(string entityType) => AssertEntity(entityType);

    [Fact]
    public void Presidio_EverySupportedEntityType_HasAFloor()
    {
        if (Cases.Value is not { } cases)
        {
            ReportMissing();
            return;
        }

        var supported = cases.Select(c => c.EntityType).Distinct()
            .Where(e => PresidioEntityMap.TryMap(e, out _)).ToList();

        Assert.All(supported, entity => Assert.True(Floors.ContainsKey(entity), $"{entity} is supported but has no floor here"));
    }

    [Fact]
    public void Presidio_Report_IsPrintedAsMarkdown()
    {
        if (Cases.Value is not { } cases)
        {
            ReportMissing();
            return;
        }

        var result = PresidioCaseRunner.Run(Detectors.Default, cases);
        using var writer = new StringWriter();
        PresidioCasesReportWriter.WriteMarkdown(writer, result);
        output.WriteLine(writer.ToString());

        Assert.NotEmpty(result.Entities);
    }

    private void AssertEntity(string entityType)
    {
        if (Cases.Value is not { } cases)
        {
            ReportMissing();
            return;
        }

        var ofType = cases.Where(c => c.EntityType == entityType).ToList();
        Assert.NotEmpty(ofType);
        var result = PresidioCaseRunner.Run(Detectors.Default, ofType);
        var outcome = result.Entities[entityType];
        output.WriteLine($"{entityType} -> {outcome.ClassName}: {outcome.Passed}/{outcome.Cases} passed " +
            $"(positive {outcome.PositivePassed}/{outcome.PositiveCases}, negative {outcome.NegativePassed}/{outcome.NegativeCases}); floor {Floors[entityType]:P0}");
        foreach (var line in outcome.FailedLines)
        {
            var presidioCase = result.CasesByLine[line];
            output.WriteLine($"  failed line {line} ({(presidioCase.IsPositive ? "expected" : "not expected")}): {presidioCase.Text}");
        }

        Assert.True(outcome.PassRate >= Floors[entityType],
            $"{entityType}: pass rate {outcome.PassRate:P1} is below the floor {Floors[entityType]:P1}");
    }

    private void ReportMissing() =>
        output.WriteLine($"shared/eval/{PresidioCaseReader.FileName} was not found above {AppContext.BaseDirectory}; " +
            "the Presidio peer tests did not run (see shared/eval/README.md).");

    private static IReadOnlyList<PresidioCase>? LoadCases()
    {
        var path = PresidioCaseReader.Locate(AppContext.BaseDirectory);
        if (path is null)
        {
            return null;
        }

        using var reader = new StreamReader(path);
        return PresidioCaseReader.Read(reader);
    }
}
