using BenchmarkDotNet.Attributes;
using Confidant.Detection;
using Confidant.Detection.Conversation;
using Confidant.Detection.Streaming;
using Confidant.Redaction;
using Confidant.Redaction.Policy;
using Confidant.Redaction.Pseudonyms;
using Confidant.Redaction.Shaping;
using Confidant.Redaction.Text;
using Confidant.Redaction.Tokenization;
using Microsoft.Extensions.Logging.Abstractions;

namespace Confidant.Benchmarks;

/// <summary>
/// Shaping one chat message with five findings (name, card, email, phone, symptom) for all eight
/// sinks of a policy (six built-in, two connectors) under PCI DSS, HIPAA and GDPR. "Shape" uses a
/// detection result computed once, so it measures policy and shaping alone; "Process" is the whole
/// one-call path, detection included. The conversation's pseudonym table is reused (steady state).
/// </summary>
[MemoryDiagnoser]
public class RedactionBenchmarks
{
    private const string Message =
        "Hi, I'm Maria Gonzalez, my card number is 4111 1111 1111 1111, email me at jane.doe@example.com " +
        "or call me at (415) 555-2671. I have chest pain since yesterday.";

    private MessageProcessor _shapeOnly = null!;
    private MessageProcessor _process = null!;
    private RawText _raw = null!;
    private ConversationContext _context = null!;

    [GlobalSetup]
    public void Setup()
    {
        var options = new PrivacyOptions();
        options.Sinks["crm"] = new SinkOptions();
        options.Sinks["ehr"] = new SinkOptions { BusinessAssociateAgreement = true };
        var policy = PrivacyPolicy.Create(options);
        var detector = new SensitiveDataDetector();
        var fixedResult = detector.Detect(Message);
        if (fixedResult.Findings.Count != 5)
        {
            throw new InvalidOperationException($"expected 5 findings, got {fixedResult.Findings.Count}");
        }

        _shapeOnly = new MessageProcessor(policy, new FixedDetector(fixedResult), new FixedTokenizer(), NullLogger<MessageProcessor>.Instance);
        _process = new MessageProcessor(policy, detector, new FixedTokenizer(), NullLogger<MessageProcessor>.Instance);
        _raw = RawText.Copy(Message);
        _context = new ConversationContext("tenant", "subject", new PseudonymTable());
        if (_shapeOnly.ProcessAsync(_raw, _context).AsTask().Result is not AcceptedMessage { Views.Count: 8 })
        {
            throw new InvalidOperationException("the message was not accepted for 8 sinks");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _raw.Dispose();

    [Benchmark(Baseline = true, Description = "Shape, 5 findings, 8 sinks")]
    public int Shape()
    {
        return Views(_shapeOnly.ProcessAsync(_raw, _context));
    }

    [Benchmark(Description = "Process (detect + shape), 5 findings, 8 sinks")]
    public int Process()
    {
        return Views(_process.ProcessAsync(_raw, _context));
    }

    // Everything completes synchronously here (the tokenizer is in memory); no Task is allocated to wait.
    private static int Views(ValueTask<MessageOutcome> pending) =>
        ((AcceptedMessage)(pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult())).Views.Count;

    private sealed class FixedDetector(DetectionResult result) : ISensitiveDataDetector
    {
        public DetectionResult Detect(string text) => result;

        public ConversationWindow StartConversation() => throw new NotSupportedException();

        public StreamingScanner StartStream() => throw new NotSupportedException();
    }

    private sealed class FixedTokenizer : IValueTokenizer
    {
        private static readonly TokenizedValue Token = new("tok_card_0123456789abcdef", "Visa •••• 1111");

        public ValueTask<TokenizedValue> TokenizeAsync(TokenizeRequest request, CancellationToken cancellationToken = default) => ValueTask.FromResult(Token);
    }
}
