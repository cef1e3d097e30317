using Confidant.Dialog.Packs;

namespace Confidant.Dialog.Tests.Packs;

/// <summary>The three shipped packs load; a broken pack is refused with the file, line and field of each mistake.</summary>
public sealed class PackLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("confidant-pack-").FullName;

    public static string BotsFolder => Path.Combine(RepositoryRoot(), "bots");

    [Theory]
    [InlineData("banking")]
    [InlineData("retail")]
    [InlineData("healthcare")]
    public void The_shipped_packs_load(string bot)
    {
        var pack = PackLoader.Load(Path.Combine(BotsFolder, bot));
        Assert.Equal(bot, pack.Id);
        Assert.All(pack.Intents, i => Assert.True(pack.Flows.ContainsKey(i.Id), $"no flow for {i.Id}"));
        Assert.All(pack.Slots.Values, s => Assert.False(string.IsNullOrEmpty(s.Purpose)));
        Assert.All(pack.Slots.Values, s => Assert.True(s.Retention > TimeSpan.Zero));
    }

    [Fact]
    public void Every_mistake_is_reported_with_its_file_line_and_field()
    {
        var pack = Path.Combine(_folder, "shop");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "intents.yaml"), """
            intents:
              - id: order
                description: order something
                keywords: [order]
                examples: [I want to order]
            """);
        File.WriteAllText(Path.Combine(pack, "bot.yaml"), """
            id: shop
            name: Shop
            greeting: Hi
            fallback: Sorry
            colour: blue
            slots:
              item:
                type: gizmo
                class: NOT_A_CLASS
                purpose: order
                retention: forever
                prompt: Which item?
            flows:
              order:
                slots: [item, size]
                action: { id: shop.order, risk: extreme }
                reply: "Ordered {slot.item} for {customer.email}"
            """);

        var ex = Assert.Throws<PackLoadException>(() => PackLoader.Load(pack));

        Assert.StartsWith("CONF-DLG-001", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Errors, e => e.EndsWith("bot.yaml:5: bot.colour: is not a known field (known: id, name, greeting, fallback, sign-in-reply, slots, flows).", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("bot.yaml:8: slots.item.type:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("bot.yaml:9: slots.item.class:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("bot.yaml:11: slots.item.retention:", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("flows.order.slots[1]: no slot 'size'", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("bot.yaml:16: flows.order.action.risk: must be low, medium or high.", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("flows.order.reply: {customer.email}: a template may show only", StringComparison.Ordinal));
    }

    [Fact]
    public void A_flow_without_an_intent_and_an_intent_without_a_flow_are_refused()
    {
        var pack = Path.Combine(_folder, "clinic");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "intents.yaml"), """
            intents:
              - id: book
                description: book
                keywords: [book]
                examples: [book me in]
            """);
        File.WriteAllText(Path.Combine(pack, "bot.yaml"), """
            id: clinic
            name: Clinic
            greeting: Hi
            fallback: Sorry
            flows:
              cancel:
                reply: Cancelled
            """);

        var ex = Assert.Throws<PackLoadException>(() => PackLoader.Load(pack));
        Assert.Contains(ex.Errors, e => e.Contains("bot.yaml:6: flows.cancel: intents.yaml declares no intent of this id.", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Contains("flows.book: intents.yaml declares the intent, but there is no flow for it.", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var pack = Path.Combine(_folder, "broken");
        Directory.CreateDirectory(pack);
        File.WriteAllText(Path.Combine(pack, "intents.yaml"), "intents: []\n");
        File.WriteAllText(Path.Combine(pack, "bot.yaml"), "id: broken\nname: [unclosed\n");

        var ex = Assert.Throws<PackLoadException>(() => PackLoader.Load(pack));
        Assert.Contains(ex.Errors, e => e.Contains("not valid YAML", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Confidant.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Confidant.slnx) was not found above the test folder");
    }
}
