using System.Net.Http.Json;
using System.Text.Json;

namespace Confidant.Server.Tests.Infrastructure;

/// <summary>Small helpers over the chat's JSON API, for tests that need a conversation.</summary>
public static class ChatApi
{
    /// <summary>Starts a conversation and returns its id (the visitor cookie lands in the client's cookie container).</summary>
    public static async Task<Guid> StartConversationAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsync(new Uri("/api/conversations", UriKind.Relative), null).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        return json.RootElement.GetProperty("conversationId").GetGuid();
    }

    /// <summary>Sends a message; the response is the caller's to check and dispose.</summary>
    public static Task<HttpResponseMessage> SendAsync(HttpClient client, Guid conversation, string text)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsJsonAsync(new Uri($"/api/conversations/{conversation}/messages", UriKind.Relative), new { text });
    }

    /// <summary>The <c>code</c> of a problem-details response.</summary>
    public static async Task<string?> ProblemCodeAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
