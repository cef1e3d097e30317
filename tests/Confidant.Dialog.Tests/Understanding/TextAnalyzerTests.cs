namespace Confidant.Dialog.Tests.Understanding;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_CaseAndPunctuation_AreDropped()
    {
        Assert.Equal(["balanc"], TextAnalyzer.Analyze("What's my BALANCE?!"));
        Assert.Equal(TextAnalyzer.Analyze("freeze my card"), TextAnalyzer.Analyze("...FREEZE, my card!!!"));
    }

    [Theory]
    [InlineData("débloquer ma carte", "debloquer ma carte")]
    [InlineData("Öffnungszeiten", "offnungszeiten")]
    [InlineData("Straße", "strasse")]
    [InlineData("œuvre", "oeuvre")]
    [InlineData("dirección", "direccion")]
    public void Analyze_Accents_AreFolded(string accented, string plain) =>
        Assert.Equal(TextAnalyzer.Analyze(plain), TextAnalyzer.Analyze(accented));

    [Theory]
    [InlineData("cards", "card")]
    [InlineData("freezing", "freeze")]
    [InlineData("blocked", "block")]
    [InlineData("transferring", "transfer")]
    [InlineData("transferred", "transfer")]
    [InlineData("addresses", "address")]
    [InlineData("deliveries", "delivery")]
    [InlineData("closing", "close")]
    public void Analyze_PluralsAndVerbForms_ShareAStem(string form, string word) =>
        Assert.Equal(TextAnalyzer.Analyze(word), TextAnalyzer.Analyze(form));

    [Theory]
    [InlineData("colour", "color")]
    [InlineData("hospitalised", "hospitalized")]
    [InlineData("paediatrician", "pediatrician")]
    [InlineData("diarrhoea", "diarrhea")]
    [InlineData("recognise", "recognize")]
    public void Analyze_BritishAndAmericanSpellings_Meet(string british, string american) =>
        Assert.Equal(TextAnalyzer.Analyze(american), TextAnalyzer.Analyze(british));

    [Fact]
    public void Analyze_StopWords_AreDroppedButIntentWordsStay()
    {
        Assert.Empty(TextAnalyzer.Analyze("can you please do that for me"));
        Assert.Equal(["turn", "card", "back", "on"], TextAnalyzer.Analyze("turn my card back on"));
        Assert.Equal(["wher", "order"], TextAnalyzer.Analyze("where is my order"));
    }

    [Theory]
    [InlineData("<SYMPTOM_1>", new[] { "symptom" })]
    [InlineData("<STREET_ADDRESS_12>", new[] { "street", "address" })]
    [InlineData("<CARD_NUMBER_3>", new[] { "card", "number" })]
    [InlineData("<MEDICATION>", new[] { "medication" })]
    public void Analyze_Placeholder_BecomesTheWordsOfItsClass(string placeholder, string[] terms) =>
        Assert.Equal(terms, TextAnalyzer.Analyze(placeholder));

    [Fact]
    public void Analyze_PlaceholderNumber_DoesNotMatter()
    {
        Assert.Equal(TextAnalyzer.Analyze("I have <SYMPTOM_1> and <SYMPTOM_2>"), TextAnalyzer.Analyze("I have <SYMPTOM_27> and <SYMPTOM_3>"));
        Assert.Equal(["symptom", "day"], TextAnalyzer.Analyze("I have<SYMPTOM_1>for days"));
    }

    [Fact]
    public void Analyze_VaultToken_BecomesItsClassWithoutTheRandomPart()
    {
        Assert.Equal(["card", "number"], TextAnalyzer.Analyze("tok_card_number_4hq2mz7wd0a9kx3s5v1tye8rcn"));
        Assert.Equal(["card"], TextAnalyzer.Analyze("tok_card_3fz"));
        Assert.Equal(
            TextAnalyzer.Analyze("freeze tok_card_number_4hq2mz7wd0a9kx3s5v1tye8rcn"),
            TextAnalyzer.Analyze("freeze tok_card_number_zzzzzzzzzzzzzzzzzzzzzzzzzz"));
    }

    [Fact]
    public void Analyze_Numbers_AreOneTerm()
    {
        Assert.Equal(TextAnalyzer.Analyze("send 250 to mum"), TextAnalyzer.Analyze("send 1000 to mum"));
        Assert.Equal(["buy", "item", TextAnalyzer.NumberTerm], TextAnalyzer.Analyze("buy item #389501"));
    }

    [Fact]
    public void Analyze_ContractionsAndFrenchElision_KeepTheMeaningfulPart()
    {
        Assert.Equal(["agenc"], TextAnalyzer.Analyze("l'agence"));
        Assert.Equal(["hiver"], TextAnalyzer.Analyze("d’hiver"));
        Assert.Equal(["card"], TextAnalyzer.Analyze("don't I'd what's card"));
    }

    [Fact]
    public void Analyze_ChatElongation_CountsOnce()
    {
        Assert.Equal(TextAnalyzer.Analyze("hey"), TextAnalyzer.Analyze("heyyyy"));
        Assert.Equal(TextAnalyzer.Analyze("bye"), TextAnalyzer.Analyze("BYEEE"));
        Assert.Equal(TextAnalyzer.Analyze("coffee"), TextAnalyzer.Analyze("coffee"));
    }

    [Fact]
    public void Analyze_ControlAndInvisibleCharacters_SplitOrVanish()
    {
        Assert.Equal(["freez", "card"], TextAnalyzer.Analyze("fr\u200Beeze\u0000my\u0007card\u001b[m"));
        Assert.Equal(TextAnalyzer.Analyze("cafe"), TextAnalyzer.Analyze("cafe\u0301"));
    }

    [Fact]
    public void Analyze_LongInput_IsCutAtTheCharacterLimit()
    {
        var text = "balance " + string.Concat(Enumerable.Repeat("ab", 2500)) + " freeze";

        Assert.Equal(["balanc", "ababa"], TextAnalyzer.Analyze(text, maxChars: 13));
        Assert.DoesNotContain("freez", TextAnalyzer.Analyze(text, maxChars: 2000));
    }

    [Fact]
    public void Analyze_HugeWord_IsCutToTheWordLimit()
    {
        var terms = TextAnalyzer.Analyze(string.Concat(Enumerable.Repeat("abc", 40_000)));

        var term = Assert.Single(terms);
        Assert.True(term.Length <= TextAnalyzer.MaxRawWordLength);
    }

    [Fact]
    public void Analyze_TermLimit_IsRespected()
    {
        var text = string.Join(' ', Enumerable.Repeat("card", 10_000));

        Assert.Equal(100, TextAnalyzer.Analyze(text, maxTerms: 100).Count);
    }
}
