using System.Net.Http.Json;
using Confidant.Identity.StepUp;
using Confidant.Server.Account;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confidant.Server.Tests.Account;

/// <summary>A deployment's own authorization service decides before Confidant's rules.</summary>
public sealed class StepUpHookTests
{
    [Fact]
    public async Task The_hook_can_deny_an_action_or_demand_a_fresh_factor_for_a_low_risk_one()
    {
        using var host = new AccountHost();
        using var hooked = host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IStepUpAuthorizationHook>();
            s.AddSingleton<IStepUpAuthorizationHook, BankRules>();
        }));
        var alice = Customer.New(host);
        var client = hooked.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = true });
        using var laptop = new AccountBrowser(client);
        await alice.RegisterAsync(laptop);

        async Task<StepUpResponse> AskAsync(StepUpBody body) =>
            (await (await laptop.Client.PostAsJsonAsync("/api/step-up", body)).Content.ReadFromJsonAsync<StepUpResponse>())!;

        var denied = await AskAsync(new StepUpBody("transfer", 20_000m, "GBP", "offshore"));
        Assert.Equal("denied", denied.Status);
        Assert.Equal("authorization-hook", denied.Reason);
        Assert.Equal("challenge-required", (await AskAsync(new StepUpBody("transactions"))).Status);
        Assert.Equal("allowed", (await AskAsync(new StepUpBody("balance"))).Status);
    }

    /// <summary>A bank's rules: no transfer above 10,000; listing transactions always needs a fresh factor.</summary>
    private sealed class BankRules : IStepUpAuthorizationHook
    {
        public Task<HookVerdict> DecideAsync(Guid userId, StepUpRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(request switch
            {
                { Payment.Amount: > 10_000m } => HookVerdict.Deny,
                { Action: "transactions" } => HookVerdict.RequireFreshFactor,
                _ => HookVerdict.Continue,
            });
    }
}
