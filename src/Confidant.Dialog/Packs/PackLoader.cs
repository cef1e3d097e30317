using System.Text.RegularExpressions;
using System.Xml;
using Confidant.Detection.Taxonomy;
using Confidant.Dialog.Understanding;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Confidant.Dialog.Packs;

/// <summary>
/// Loads a bot pack folder: <c>bot.yaml</c> (slots, flows, actions, texts) and <c>intents.yaml</c>
/// (intents with examples and keywords). Every mistake is reported with its file, line and field;
/// a pack with any is refused whole. The schema is <c>bots/bot.schema.json</c>.
/// </summary>
public static partial class PackLoader
{
    /// <summary>The largest pack file read (a pack is a few kilobytes).</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly string[] TopLevel = ["id", "name", "greeting", "fallback", "sign-in-reply", "slots", "flows"];
    private static readonly string[] SlotFields = ["type", "class", "purpose", "retention", "required", "prompt", "invalid", "min", "max", "values", "more-than-needed", "more-than-needed-reply", "check"];
    private static readonly string[] FlowFields = ["sign-in", "slots", "confirm", "action", "reply", "handoff"];
    private static readonly string[] ActionFields = ["id", "risk", "payment"];
    private static readonly string[] PaymentFields = ["amount", "payee", "currency"];

    /// <summary>Loads every pack folder (one with a <c>bot.yaml</c>) under <paramref name="root"/>.</summary>
    public static IReadOnlyList<BotPack> LoadAll(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new PackLoadException($"{root}: the bot packs folder does not exist.");
        }

        return Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "bot.yaml")))
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(Load)
            .ToList();
    }

    /// <summary>Loads one pack folder.</summary>
    public static BotPack Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var errors = new List<string>();
        var botFile = Path.Combine(folder, "bot.yaml");
        var intentsFile = Path.Combine(folder, "intents.yaml");
        IReadOnlyList<IntentDefinition> intents = [];
        try
        {
            intents = IntentFile.Load(intentsFile);
        }
        catch (IntentFileException ex)
        {
            errors.Add(ex.Message);
        }

        var fields = new YamlFields(Relative(botFile), errors);
        var root = ReadRoot(botFile, fields);
        if (root is null)
        {
            throw new PackLoadException(errors);
        }

        fields.RefuseUnknown(root, "bot", TopLevel);
        var id = fields.String(root, "id", "bot", required: true, maxLength: 64);
        if (id is not null && !IsIdentifier(id))
        {
            fields.Error(YamlFields.Child(root, "id"), "bot.id", "must be lower-case letters, digits and '-'.");
        }

        if (id is not null && !string.Equals(id, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), StringComparison.Ordinal))
        {
            fields.Error(YamlFields.Child(root, "id"), "bot.id", "must be the pack folder's name.");
        }

        var slots = ReadSlots(root, fields);
        var flows = ReadFlows(root, fields, slots, intents);
        var pack = new BotPack
        {
            Id = id ?? string.Empty,
            Name = fields.String(root, "name", "bot", required: true, maxLength: 100) ?? string.Empty,
            Greeting = fields.String(root, "greeting", "bot", required: true) ?? string.Empty,
            Fallback = fields.String(root, "fallback", "bot", required: true) ?? string.Empty,
            SignInReply = fields.String(root, "sign-in-reply", "bot", required: false) ?? BotPack.DefaultSignInReply,
            Intents = intents,
            Slots = slots,
            Flows = flows,
            Folder = folder,
        };
        foreach (var intent in intents.Where(i => !flows.ContainsKey(i.Id)))
        {
            errors.Add($"{Relative(botFile)}:1: flows.{intent.Id}: intents.yaml declares the intent, but there is no flow for it.");
        }

        return errors.Count > 0 ? throw new PackLoadException(errors) : pack;
    }

    private static YamlMappingNode? ReadRoot(string file, YamlFields fields)
    {
        if (!File.Exists(file))
        {
            fields.Error(null, "bot", "the file is missing.");
            return null;
        }

        if (new FileInfo(file).Length > MaxFileBytes)
        {
            fields.Error(null, "bot", $"the file is larger than {MaxFileBytes} bytes.");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            return stream.Documents.Count == 1 ? fields.Mapping(stream.Documents[0].RootNode, "bot") : Fail();
        }
        catch (YamlException ex)
        {
            fields.Error(null, "bot", $"line {ex.Start.Line}: not valid YAML ({ex.Message}).");
            return null;
        }

        YamlMappingNode? Fail()
        {
            fields.Error(null, "bot", "must hold exactly one YAML document.");
            return null;
        }
    }

    private static Dictionary<string, SlotDefinition> ReadSlots(YamlMappingNode root, YamlFields fields)
    {
        var slots = new Dictionary<string, SlotDefinition>(StringComparer.Ordinal);
        if (YamlFields.Child(root, "slots") is not { } node || fields.Mapping(node, "slots") is not { } map)
        {
            return slots;
        }

        foreach (var (key, value) in map.Children)
        {
            var id = ((YamlScalarNode)key).Value ?? string.Empty;
            var path = "slots." + id;
            if (!IsIdentifier(id))
            {
                fields.Error(key, path, "a slot id must be lower-case letters, digits and '-'.");
            }

            if (fields.Mapping(value, path) is not { } slot)
            {
                continue;
            }

            fields.RefuseUnknown(slot, path, SlotFields);
            var typeText = fields.String(slot, "type", path, required: true);
            var type = SlotType.Text;
            if (typeText is not null && !TryParseSlotType(typeText, out type))
            {
                fields.Error(YamlFields.Child(slot, "type"), path + ".type", $"must be one of {string.Join(", ", Enum.GetNames<SlotType>().Select(Kebab))}.");
            }

            var dataClass = fields.String(slot, "class", path, required: true);
            if (dataClass is not null && dataClass != "none" && !DataClasses.TryGet(dataClass, out _))
            {
                fields.Error(YamlFields.Child(slot, "class"), path + ".class", "must be a data class of the taxonomy (such as POSTCODE, SYMPTOM, CARD_NUMBER) or none.");
            }

            var retention = ReadRetention(slot, fields, path);
            var moreThanNeeded = fields.Strings(slot, "more-than-needed", path);
            foreach (var name in moreThanNeeded.Where(n => !DataClasses.TryGet(n, out _)))
            {
                fields.Error(YamlFields.Child(slot, "more-than-needed"), path + ".more-than-needed", $"'{name}' is not a data class of the taxonomy.");
            }

            if (type == SlotType.SecureCapture && dataClass != DataClasses.CardNumber.Name)
            {
                fields.Error(YamlFields.Child(slot, "class"), path + ".class", "a secure-capture slot takes CARD_NUMBER (the secure input takes cards).");
            }

            var values = fields.Strings(slot, "values", path);
            if (type == SlotType.Choice && values.Count == 0)
            {
                fields.Error(slot, path + ".values", "a choice slot needs its values.");
            }

            slots[id] = new SlotDefinition
            {
                Id = id,
                Type = type,
                DataClass = dataClass is null or "none" ? null : dataClass,
                Purpose = fields.String(slot, "purpose", path, required: true, maxLength: 64) ?? string.Empty,
                Retention = retention,
                Required = fields.Bool(slot, "required", path, true),
                Prompt = fields.String(slot, "prompt", path, required: true) ?? string.Empty,
                Invalid = fields.String(slot, "invalid", path, required: false),
                Min = fields.Long(slot, "min", path),
                Max = fields.Long(slot, "max", path),
                Values = values,
                MoreThanNeeded = moreThanNeeded,
                MoreThanNeededReply = fields.String(slot, "more-than-needed-reply", path, required: false),
                Check = fields.String(slot, "check", path, required: false, maxLength: 64),
            };
        }

        return slots;
    }

    private static TimeSpan ReadRetention(YamlMappingNode slot, YamlFields fields, string path)
    {
        var text = fields.String(slot, "retention", path, required: true);
        if (text is null)
        {
            return TimeSpan.Zero;
        }

        try
        {
            var retention = XmlConvert.ToTimeSpan(text);
            if (retention > TimeSpan.Zero && retention <= TimeSpan.FromDays(3660))
            {
                return retention;
            }
        }
        catch (FormatException)
        {
        }

        fields.Error(YamlFields.Child(slot, "retention"), path + ".retention", "must be an ISO 8601 duration from PT1M to P3660D (P30D is thirty days).");
        return TimeSpan.Zero;
    }

    private static Dictionary<string, FlowDefinition> ReadFlows(YamlMappingNode root, YamlFields fields, Dictionary<string, SlotDefinition> slots, IReadOnlyList<IntentDefinition> intents)
    {
        var flows = new Dictionary<string, FlowDefinition>(StringComparer.Ordinal);
        if (YamlFields.Child(root, "flows") is not { } node || fields.Mapping(node, "flows") is not { } map)
        {
            fields.Error(root, "flows", "is required.");
            return flows;
        }

        foreach (var (key, value) in map.Children)
        {
            var intent = ((YamlScalarNode)key).Value ?? string.Empty;
            var path = "flows." + intent;
            if (intents.Count > 0 && !intents.Any(i => i.Id == intent))
            {
                fields.Error(key, path, "intents.yaml declares no intent of this id.");
            }

            if (fields.Mapping(value, path) is not { } flow)
            {
                continue;
            }

            fields.RefuseUnknown(flow, path, FlowFields);
            var flowSlots = fields.Strings(flow, "slots", path);
            for (var i = 0; i < flowSlots.Count; i++)
            {
                if (!slots.ContainsKey(flowSlots[i]))
                {
                    fields.Error(YamlFields.Child(flow, "slots"), $"{path}.slots[{i}]", $"no slot '{flowSlots[i]}' is declared under slots.");
                }
            }

            var action = ReadAction(flow, fields, path, flowSlots);
            var confirm = fields.String(flow, "confirm", path, required: false);
            var reply = fields.String(flow, "reply", path, required: true) ?? string.Empty;
            foreach (var (text, field) in new[] { (confirm, "confirm"), (reply, "reply") })
            {
                CheckTemplate(text, flowSlots, action is not null, fields, YamlFields.Child(flow, field), $"{path}.{field}");
            }

            flows[intent] = new FlowDefinition
            {
                Intent = intent,
                SignIn = fields.Bool(flow, "sign-in", path, false),
                Slots = flowSlots,
                Confirm = confirm,
                Action = action,
                Reply = reply,
                Handoff = fields.Bool(flow, "handoff", path, false),
            };
        }

        return flows;
    }

    private static ActionDefinition? ReadAction(YamlMappingNode flow, YamlFields fields, string path, IReadOnlyList<string> flowSlots)
    {
        if (YamlFields.Child(flow, "action") is not { } node)
        {
            return null;
        }

        path += ".action";
        if (fields.Mapping(node, path) is not { } action)
        {
            return null;
        }

        fields.RefuseUnknown(action, path, ActionFields);
        var id = fields.String(action, "id", path, required: true, maxLength: 64) ?? string.Empty;
        var riskText = fields.String(action, "risk", path, required: true);
        var risk = ActionRisk.High;
        if (riskText is not null && !Enum.TryParse(riskText, ignoreCase: true, out risk))
        {
            fields.Error(YamlFields.Child(action, "risk"), path + ".risk", "must be low, medium or high.");
        }

        PaymentBinding? payment = null;
        if (YamlFields.Child(action, "payment") is { } paymentNode && fields.Mapping(paymentNode, path + ".payment") is { } map)
        {
            fields.RefuseUnknown(map, path + ".payment", PaymentFields);
            var amount = fields.String(map, "amount", path + ".payment", required: true) ?? string.Empty;
            var payee = fields.String(map, "payee", path + ".payment", required: true) ?? string.Empty;
            var currency = fields.String(map, "currency", path + ".payment", required: true) ?? string.Empty;
            foreach (var (slot, field) in new[] { (amount, "amount"), (payee, "payee") })
            {
                if (slot.Length > 0 && !flowSlots.Contains(slot))
                {
                    fields.Error(YamlFields.Child(map, field), $"{path}.payment.{field}", $"'{slot}' is not one of this flow's slots.");
                }
            }

            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                fields.Error(YamlFields.Child(map, "currency"), path + ".payment.currency", "must be an ISO 4217 code such as GBP.");
            }

            if (risk != ActionRisk.High)
            {
                fields.Error(YamlFields.Child(action, "risk"), path + ".risk", "a payment is always high risk.");
            }

            payment = new PaymentBinding(amount, payee, currency);
        }

        return new ActionDefinition(id, risk, payment);
    }

    private static void CheckTemplate(string? template, IReadOnlyList<string> flowSlots, bool hasAction, YamlFields fields, YamlNode? node, string path)
    {
        if (template is null)
        {
            return;
        }

        foreach (Match match in Placeholder().Matches(template))
        {
            var (kind, name) = (match.Groups[1].Value, match.Groups[2].Value);
            if (kind == "slot" && !flowSlots.Contains(name))
            {
                fields.Error(node, path, $"{{slot.{name}}}: the flow has no such slot.");
            }
            else if (kind == "result" && !hasAction)
            {
                fields.Error(node, path, $"{{result.{name}}}: the flow has no action to give results.");
            }
            else if (kind is not ("slot" or "result" or "capabilities"))
            {
                fields.Error(node, path, $"{{{kind}.{name}}}: a template may show only {{slot.…}} and {{result.…}}.");
            }
        }
    }

    internal static bool IsIdentifier(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static bool TryParseSlotType(string text, out SlotType type) =>
        Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out type);

    private static string Kebab(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>A template's placeholder: <c>{kind}</c> or <c>{kind.name}</c> (checked here, filled by the dialog engine).</summary>
    [GeneratedRegex(@"\{([a-z]+)(?:\.([a-z0-9-]+))?\}")]
    internal static partial Regex Placeholder();
}
