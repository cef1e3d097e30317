using System.Net.Http.Json;
using Confidant.Server.Account;
using Confidant.Server.Chat;

namespace Confidant.Server.Tests.Dialog;

/// <summary>The web chat's calls, over one browser's cookie jar.</summary>
public sealed class ChatClient(HttpClient client)
{
    public Guid Conversation { get; private set; }

    public async Task StartAsync()
    {
        var response = await client.PostAsync("/api/conversations", null);
        response.EnsureSuccessStatusCode();
        Conversation = (await response.Content.ReadFromJsonAsync<ConversationStarted>())!.ConversationId;
    }

    public async Task<ChatTurn> SayAsync(string text)
    {
        var response = await client.PostAsJsonAsync($"/api/conversations/{Conversation}/messages", new SendMessageRequest(text));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ChatTurn>())!;
    }

    public async Task<ChatTurn> CaptureCardAsync(string number)
    {
        var response = await client.PostAsJsonAsync($"/api/conversations/{Conversation}/capture", new CaptureValueRequest("card", number));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ChatTurn>())!;
    }

    public async Task<string> ApproveAsync(Guid challenge, StepUpBody body, string factor, string code)
    {
        var response = await client.PostAsJsonAsync($"/api/step-up/{challenge}/approve", new StepUpApprovalBody(body.Action, body.Amount, body.Currency, body.Payee, factor, code));
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<StepUpApprovalResponse>())!.Status;
    }

    public async Task<ChatTurn> ResumeAsync()
    {
        var response = await client.PostAsync($"/api/conversations/{Conversation}/resume", null);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ChatTurn>())!;
    }

    public async Task<IReadOnlyList<ChatMessageView>> TranscriptAsync() =>
        (await client.GetFromJsonAsync<List<ChatMessageView>>($"/api/conversations/{Conversation}/messages"))!;
}
