using Confidant.Identity.Passwords;

namespace Confidant.Identity.Tests.Passwords;

public sealed class CommonPasswordListTests
{
    [Fact]
    public void List_HasBetweenOneAndThreeThousandEntries_WithoutDuplicates()
    {
        var lines = CommonPasswordList.ReadLines().ToList();

        Assert.InRange(lines.Count, 1000, 3000);
        Assert.Equal(lines.Count, CommonPasswordList.Words.Count);
    }

    [Fact]
    public void Entries_AreLowercaseNfkcWithoutSpaces_AndAtLeastFourCharacters()
    {
        var bad = CommonPasswordList.ReadLines()
            .Where(line => !UnicodeNfkc.TryNormalize(line, out var normalized)
                || normalized != line
                || line.Any(char.IsUpper)
                || line.Any(char.IsWhiteSpace)
                || PasswordText.CountCodePoints(line) < 4)
            .ToList();

        Assert.Empty(bad);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("letmein")]
    [InlineData("iloveyou")]
    [InlineData("qwerty")]
    [InlineData("1qaz2wsx")]
    [InlineData("confidant")]
    [InlineData("monkey")]
    [InlineData("football")]
    [InlineData("september")]
    [InlineData("696969")]
    public void List_HasTheUsualSuspects(string entry)
    {
        Assert.True(CommonPasswordList.Contains(entry));
    }
}
