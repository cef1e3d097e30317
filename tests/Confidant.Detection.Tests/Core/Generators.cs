using FsCheck;
using FsCheck.Fluent;

namespace Confidant.Detection.Tests.Core;

/// <summary>Random chat-like texts built from sensitive and harmless fragments, evasions and noise.</summary>
internal static class Generators
{
    public static readonly string[] Fragments =
    [
        "my card is ", "4111 1111 1111 1111", "4111-1111 1111.1111", "５５５５ ５５５５ ５５５５ ４４４４", "378282246310005",
        " exp 01/27", " cvv 123", "DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "routing 121000358",
        "ssn 078-05-1121", "SSN: 536-90-4399", "my password is hunter2!", "pin 4471", "the code is 583920",
        "AKIAIOSFODNN7EXAMPLE", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "jane.doe@example.com", "(415) 555-2671",
        "+44 20 7946 0958", "192.168.1.20", "2001:db8::1", "221 Baker Street", "SW1A 1AA", "My name is Maria Gonzalez",
        "Dr. Amina Okafor", "born 03/14/1979", "I'm 42", "chest pain", "shortness of breath", "metformin", "MRI",
        "order #389501", "item 1029384756", "$1,250.00", "tracking 1Z999AA10123456784", "v1.2.3.4", "at 10:30",
        "I will check", "grace period", "hello", "thanks!", "😀", "\u200B", "\u00A0", "\n", " ", ", ", ". ", "\uD83D",
        "é", "\u0301", "\u202E", "١٢٣", "–", "@", "#", "-", ".", "/", ":", "1", "12", "123", "1234",
    ];

    public static Gen<string> ChatLikeText =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));
}
