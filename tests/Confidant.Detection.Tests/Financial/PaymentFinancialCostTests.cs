using System.Diagnostics;
using Confidant.Detection.Engine;
using Confidant.Detection.Lexicon;
using Confidant.Detection.Recognizers.Financial;
using Confidant.Detection.Recognizers.Payment;

namespace Confidant.Detection.Tests.Financial;

public class PaymentFinancialCostTests
{
    private static readonly IRecognizer[] Recognizers =
        [.. PaymentRecognizers.Create(new DetectionOptions()), .. FinancialRecognizers.Create(new DetectionOptions())];

    [Theory]
    [InlineData("hi, can you tell me when my order ships? it was placed on 12/05 around 3pm")]
    [InlineData("ORDER #389501 for item 1029384756, total $1,250.00, tracking 1Z999AA10123456784")]
    [InlineData("version 1.2.3.4 released, see build 20240101 and ABSOLUTE BUSINESS updates")]
    [InlineData("Ich möchte meine Bestellung 4711 stornieren, bitte. Merci beaucoup ¡gracias!")]
    public void Scan_BenignMessage_AllocatesNothing(string text)
    {
        // The guarantee is for optimised code: unoptimised (Debug) JIT output may allocate where
        // the optimiser does not, so the check runs in Release only.
        var debuggable = typeof(PaymentRecognizers).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), false);
        if (debuggable.Length > 0 && ((DebuggableAttribute)debuggable[0]).IsJITOptimizerDisabled)
        {
            return;
        }

        var context = new ScanContext();
        for (var i = 0; i < 2_000; i++)
        {
            Run(context, text); // warm up past tiered compilation, whose transitions allocate
        }

        var allocated = 0L;
        for (var i = 0; i < 100; i++)
        {
            context.Reset(text, WordLexicon.Default);
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var recognizer in Recognizers)
            {
                recognizer.Recognize(context);
            }

            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.Equal(0, allocated);
        Assert.Equal(0, context.CandidateCount);
    }

    [Theory]
    [InlineData(100_000, '7')]
    [InlineData(50_000, ' ')]
    public void Scan_HostileInputs_FinishQuickly(int size, char separator)
    {
        var text = separator == ' ' ? string.Join(' ', Enumerable.Repeat("12", size)) : new string(separator, size);
        var mixed = string.Concat(Enumerable.Repeat("DE89 0x1 bc1q 1A1z 01/27 cvv 123-", size / 30));
        var accounts = string.Concat(Enumerable.Repeat("1.", size)) + string.Concat(Enumerable.Repeat("a/c no is 12345678 ", size / 20));
        var context = new ScanContext();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Run(context, text);
        Run(context, mixed);
        Run(context, accounts);
        Assert.True(watch.ElapsedMilliseconds < 2_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    private static void Run(ScanContext context, string text)
    {
        context.Reset(text, WordLexicon.Default);
        foreach (var recognizer in Recognizers)
        {
            recognizer.Recognize(context);
        }
    }
}
