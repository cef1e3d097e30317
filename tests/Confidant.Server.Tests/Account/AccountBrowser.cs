using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Confidant.Server.Account;

namespace Confidant.Server.Tests.Account;

/// <summary>
/// A customer's browser on the account pages: it loads a page, takes the form's antiforgery token
/// as a browser would, and submits the form. Cookies stay in its own jar.
/// </summary>
public sealed partial class AccountBrowser(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    /// <summary>The last page's address after redirects, and its HTML.</summary>
    public Uri? Location { get; private set; }

    public string Html { get; private set; } = string.Empty;

    public HttpStatusCode Status { get; private set; }

    public async Task<string> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        await RecordAsync(response);
        return Html;
    }

    /// <summary>Loads <paramref name="path"/>, then posts its form (the one for <paramref name="handler"/>, if named) with the fields.</summary>
    public async Task<string> SubmitAsync(string path, IDictionary<string, string> fields, string? handler = null)
    {
        await GetAsync(path);
        return await PostAsync(path, fields, handler);
    }

    /// <summary>Posts to the current page's form without loading it again.</summary>
    public async Task<string> PostAsync(string path, IDictionary<string, string> fields, string? handler = null)
    {
        var token = AntiforgeryToken().Match(Html);
        Assert.True(token.Success, $"no antiforgery token on {Location}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        var target = handler is null ? path : $"{path}?handler={handler}";
        var response = await Client.PostAsync(target, new FormUrlEncodedContent(form));
        await RecordAsync(response);
        return Html;
    }

    public async Task<AccountSummary> MeAsync() => (await Client.GetFromJsonAsync<AccountSummary>("/api/account/me"))!;

    public bool IsAt(string path) => Location is not null && Location.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase);

    public void Dispose() => Client.Dispose();

    private async Task RecordAsync(HttpResponseMessage response)
    {
        Status = response.StatusCode;
        Location = response.RequestMessage?.RequestUri;
        Html = await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
