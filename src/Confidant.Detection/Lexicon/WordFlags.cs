namespace Confidant.Detection.Lexicon;

/// <summary>What the dictionaries say a word can be.</summary>
[Flags]
internal enum WordFlags : ushort
{
    None = 0,
    FirstName = 1 << 0,
    Surname = 1 << 1,

    /// <summary>A name that is also an everyday word ("will", "grace", "brown"): needs more evidence.</summary>
    AmbiguousName = 1 << 2,

    /// <summary>Mr, Mrs, Ms, Dr, Prof, Sr, Sra, Herr, Frau, Mme, M.</summary>
    PersonTitle = 1 << 3,

    /// <summary>Street, St, Avenue, Ave, Road, Rd, ...</summary>
    StreetSuffix = 1 << 4,

    /// <summary>A US state name or two-letter code.</summary>
    UsState = 1 << 5,

    /// <summary>The word starts at least one health phrase (see <see cref="LexiconEntry.Phrases"/>).</summary>
    HealthTerm = 1 << 6,

    /// <summary>A very common word that is never a name on its own (the, and, my...).</summary>
    StopWord = 1 << 7,

    /// <summary>Apt, Suite, Unit, Flat, Floor...</summary>
    UnitDesignator = 1 << 8,

    /// <summary>N, S, E, W, NE, NW, SE, SW, North...</summary>
    Direction = 1 << 9,

    /// <summary>A month name or abbreviation.</summary>
    Month = 1 << 10,

    /// <summary>Calle, Avenida, Paseo, Plaza...: a Spanish street type, which starts an address.</summary>
    SpanishStreetType = 1 << 11,

    /// <summary>A part or function of the body (knee, throat, breathing, sugar): starts a symptom said as a sentence.</summary>
    BodyPart = 1 << 12,

    /// <summary>at, arobase, arroba, ät: a spelled '@' ("anna at gmail dot com"), which the tokenizer lists for the spelled-email recognizer.</summary>
    SpelledAt = 1 << 13,

    /// <summary>p, po, post, c: can open a PO box ("P.O. Box 12") or a Spanish "c/ Verdi 47"; the tokenizer lists them with Spanish street types for the address recognizer.</summary>
    StreetOpener = 1 << 14,

    /// <summary>ten to nineteen and twenty to ninety: a number written in words, which can be an age ("I'm seventy-four").</summary>
    NumberWord = 1 << 15,
}
