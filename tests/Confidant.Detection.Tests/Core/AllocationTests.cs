namespace Confidant.Detection.Tests.Core;

/// <summary>A scan that finds nothing must not allocate: the detector runs on every chat message.</summary>
public class AllocationTests
{
    private static readonly string[] BenignMessages =
    [
        "hi, my parcel was supposed to arrive on Tuesday but it's still not here",
        "can you check order #48213 for me? it says processing since 3 days",
        "I paid $1,249.99 for the sofa and the delivery fee was another $59",
        "the meeting moved to 14:30 on 12/03, see you there",
        "we bought 3 boxes of the blue tiles, 24 pieces each",
        "is the grey jacket available in size 42?",
        "thanks a lot for the quick answer, have a nice weekend!",
        "my invoice INV-2291 shows the wrong quantity (2 instead of 4)",
        "the app crashes after updating to version 5.12.3 on my phone",
        "Hope and Faith are the names of the two display models we saw in the store",
        "we will be away from June 3 to June 17, please hold the delivery",
        "how much does shipping to Canada cost for 2 kg?",
        "The store on Market Street was closed when I got there at 9 am",
        "ok 👍 I'll try again tomorrow morning",
        "could you send me the return label again? the first one expired",
        "prices went up 15% since last year, is there a loyalty discount?",
        // words that start the sentence-told ids, spelled ages and other-language names
        "ik heet je welkom bij ons team",
        "ti chiamo domani mattina",
        "twenty of us are coming at ten",
        "my passport photo was taken at the booth on level 2",
        "the kids are with me, they're 10 minutes away",
        "Via the app it took 45 minutes",
    ];

    [Fact]
    public void Detect_BenignMessages_AllocateNothingOnceWarm()
    {
        var detector = new SensitiveDataDetector();
        foreach (var message in BenignMessages)
        {
            Assert.False(detector.Detect(message).HasFindings, message);
        }

        // Library code compiled without optimisation (tier 0) may box until the runtime has
        // recompiled it, so measure rounds until one allocates nothing: a scan that allocates
        // never gets there. On a loaded machine recompiling can take longer than all the rounds,
        // so the recognizers keep to calls that do not box even at tier 0 (Text/AsciiSets.cs):
        // `DOTNET_TC_CallCounting=0 dotnet test --filter AllocationTests` keeps every method at
        // tier 0 and must pass too.
        long allocated = -1;
        for (var round = 0; round < 40 && allocated != 0; round++)
        {
            for (var warm = 0; warm < 50; warm++)
            {
                ScanAll(detector);
            }

            Thread.Sleep(50);
            var before = GC.GetAllocatedBytesForCurrentThread();
            ScanAll(detector);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
    }

    private static void ScanAll(SensitiveDataDetector detector)
    {
        foreach (var message in BenignMessages)
        {
            detector.Detect(message);
        }
    }
}
