using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Contact;

namespace Confidant.Detection.Tests.Contact;

public class ContactAllocationTests
{
    // Debug builds allocate in places Release does not; the guarantee is for optimised code.
    [Theory]
    [InlineData("Hi! Can you help me plan a 3 day trip to Rome in May? Budget is about 1500 euros, thanks.")]
    [InlineData("My order #389501 should arrive on 2024-01-15; it cost $1,250.00 and weighs 2.5 kg.")]
    [InlineData("Meeting at 10:30, then 12:30:45. Running v1.2.3.4 on build 10.0.19041.1288.")]
    [InlineData("It is a 20 min drive, about 5 days away; I ordered 10 items at 12 noon.")]
    [InlineData("Reply @ 5pm with the icon@2x.png file and std::vector code.")]
    public void Scan_BenignMessage_AllocatesNothing(string text)
    {
        if (!IsOptimized)
        {
            return;
        }

        var recognizers = ContactRecognizers.Create(new DetectionOptions()).ToArray();
        var context = new ScanContext();
        context.Reset(text, WordLexicon.Default);
        foreach (var r in recognizers)
        {
            r.Recognize(context); // warm up
        }

        context.Reset(text, WordLexicon.Default);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var n = 0; n < 100; n++)
        {
            foreach (var r in recognizers)
            {
                r.Recognize(context);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.Equal(0, context.CandidateCount);
    }

    private static bool IsOptimized =>
        typeof(ContactRecognizers).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().All(d => !d.IsJITOptimizerDisabled);
}
