using Confidant.Identity.Factors;
using Confidant.Identity.StepUp;
using Confidant.Server.Chat;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Confidant.Server.Account;

/// <summary>
/// The step-up API the chat's secure input uses: ask before an action, have a code sent, approve
/// with a code. Codes travel in these requests' bodies only, never in a chat message.
/// </summary>
internal static class StepUpEndpoints
{
    public static IEndpointRouteBuilder MapStepUpEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/step-up").WithTags("Step-up").RequireAuthorization();

        api.MapPost("/", async Task<Ok<StepUpResponse>> (StepUpBody body, HttpContext http, StepUpService stepUp, StepUpActions actions, CancellationToken ct) =>
        {
            var request = Request(actions, body);
            var decision = await stepUp.RequireAsync(Session(http), request, http.Connection.RemoteIpAddress, ct).ConfigureAwait(false);
            return TypedResults.Ok(new StepUpResponse(
                decision.Status switch { StepUpStatus.Allowed => "allowed", StepUpStatus.ChallengeRequired => "challenge-required", _ => "denied" },
                decision.ChallengeId,
                decision.Factors.Select(SecondFactorNames.Of).ToList(),
                decision.Reason,
                decision.KnowledgeQuestion));
        })
        .WithName("RequireStepUp")
        .WithSummary("Before an action: allowed, or a challenge to approve with a fresh second factor (a transfer's is bound to its amount and payee).");

        api.MapPost("/{id:guid}/code", async Task<Results<NoContent, ProblemHttpResult>> (Guid id, StepUpBody body, HttpContext http, StepUpService stepUp, StepUpActions actions, CancellationToken ct) =>
            await stepUp.SendCodeAsync(Session(http), id, Request(actions, body), ct).ConfigureAwait(false)
                ? TypedResults.NoContent()
                : TypedResults.Problem("No code was sent: the challenge is over, is for another action, or has had its codes.", statusCode: StatusCodes.Status409Conflict))
        .WithName("SendStepUpCode")
        .WithSummary("Send a one-time code for a challenge to the account's code channel; the message names what it approves.");

        api.MapPost("/{id:guid}/approve", async Task<Ok<StepUpApprovalResponse>> (Guid id, StepUpApprovalBody body, HttpContext http, StepUpService stepUp, StepUpActions actions, CancellationToken ct) =>
        {
            var request = Request(actions, body);
            if (!SecondFactorNames.TryParse(body.Factor, out var factor))
            {
                throw new ChatException(ChatErrorCodes.InvalidStepUp, StatusCodes.Status400BadRequest, "factor must be totp, email-code or sms-code.");
            }

            var result = await stepUp.ApproveAsync(Session(http), id, request, factor, body.Code, body.KnowledgeAnswer, http.Connection.RemoteIpAddress, ct).ConfigureAwait(false);
            return TypedResults.Ok(new StepUpApprovalResponse(result switch
            {
                StepUpApproval.Approved => "approved",
                StepUpApproval.Refused => "refused",
                _ => "over",
            }));
        })
        .WithName("ApproveStepUp")
        .WithSummary("Approve a challenge with a code; the action and transaction must be the challenge's own.");

        return app;
    }

    private static StepUpRequest Request(StepUpActions actions, StepUpBody? body)
    {
        var (request, problem) = actions.Build(body);
        return request ?? throw new ChatException(ChatErrorCodes.InvalidStepUp, StatusCodes.Status400BadRequest, problem!);
    }

    private static Confidant.Identity.Sessions.SessionInfo Session(HttpContext http) =>
        CurrentSession.Of(http) ?? throw new ChatException(ChatErrorCodes.SignInRequired, StatusCodes.Status401Unauthorized, "sign in first.");
}
