using System.Security.Claims;
using Confidant.Audit.Events;
using Confidant.Audit.Ledger;
using Confidant.Identity.Accounts;
using Confidant.Identity.Auditing;
using Confidant.Server.Chat;
using Confidant.Server.Hosting;
using Confidant.Storage.Conversations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Confidant.Server.Agent;

/// <summary>
/// The human agents' side of a hand-off: the queue of conversations the bot handed over, and each
/// one as the <c>agent</c> view of the privacy policy shows it (card numbers masked, passwords
/// never kept). Only staff with the agent role (who always signed in with a second factor); every
/// read is audited under the agent's staff pseudonym.
/// </summary>
internal static class AgentEndpoints
{
    public const string Policy = "agent";

    /// <summary>A conversation in the queue.</summary>
    /// <param name="ConversationId">Its id.</param>
    /// <param name="HandedOffAt">When the bot handed it over.</param>
    public sealed record HandedOffConversation(Guid ConversationId, DateTimeOffset HandedOffAt);

    /// <summary>One message as the agent sees it.</summary>
    /// <param name="Role">customer, bot or agent.</param>
    /// <param name="Text">The agent view (null when the message kept none).</param>
    /// <param name="At">When.</param>
    public sealed record AgentMessage(string Role, string? Text, DateTimeOffset At);

    public static IEndpointRouteBuilder MapAgentEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/agent/conversations").WithTags("Agent").RequireAuthorization(Policy);

        api.MapGet("/", async Task<Ok<IReadOnlyList<HandedOffConversation>>> (ConversationStore store, IOptions<ServerOptions> server, CancellationToken ct) =>
        {
            var queue = await store.ListHandedOffAsync(server.Value.Tenant, 100, ct).ConfigureAwait(false);
            return TypedResults.Ok<IReadOnlyList<HandedOffConversation>>([.. queue.Select(c => new HandedOffConversation(c.Id, c.HandedOffAt))]);
        })
        .WithName("AgentQueue")
        .WithSummary("The conversations the bot handed to a person, newest first.");

        api.MapGet("/{id:guid}/messages", async Task<Results<Ok<IReadOnlyList<AgentMessage>>, NotFound>> (Guid id, HttpContext http, ConversationStore store, IdentityAudit audit, IOptions<ServerOptions> server, CancellationToken ct) =>
        {
            var tenant = server.Value.Tenant;
            var subject = await store.FindHandedOffAsync(tenant, id, ct).ConfigureAwait(false);
            var agent = Guid.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!);
            if (subject is null)
            {
                await audit.WriteForAsync(agent, true, AuditEventTypes.ConversationRead, AuditOutcome.Denied, "conversation", [id.ToString()], "not-handed-off", http.Connection.RemoteIpAddress, CancellationToken.None).ConfigureAwait(false);
                return TypedResults.NotFound();
            }

            // Audited before the agent sees anything.
            await audit.WriteForAsync(agent, true, AuditEventTypes.ConversationRead, AuditOutcome.Success, "conversation", [id.ToString()], "hand-off", http.Connection.RemoteIpAddress, CancellationToken.None).ConfigureAwait(false);
            var messages = await store.ReadAsync(tenant, subject, id, "agent", ct).ConfigureAwait(false);
            return TypedResults.Ok<IReadOnlyList<AgentMessage>>([.. messages.Select(m => new AgentMessage(
                ChatService.Role(m.Direction),
                m.Text,
                m.CreatedAt))]);
        })
        .WithName("AgentConversation")
        .WithSummary("A handed-off conversation as the agent view shows it (audited).");

        return app;
    }
}
