namespace Confidant.Protection.Tests;

/// <summary>Every test that loads the SoftHSM2 module: one fixture (SOFTHSM2_CONF is process-wide), one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SoftHsmGroup : ICollectionFixture<SoftHsmFixture>
{
    public const string Name = "SoftHSM";
}
