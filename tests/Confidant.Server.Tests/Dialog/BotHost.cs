using Confidant.Dialog.Backends.Banking;
using Confidant.Dialog.Backends.Healthcare;
using Confidant.Dialog.Backends.Retail;
using Confidant.Server.Tests.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Confidant.Server.Tests.Dialog;

/// <summary>The server running one bot pack, with accounts (for step-up) and the backends' calls recorded.</summary>
public static class BotHost
{
    public static (AccountHost Host, Func<RecordingBackends> Backends) Create(string bot)
    {
        RecordingBackends? recorder = null;
        var host = new AccountHost(new Dictionary<string, string> { ["Confidant:Dialog:Bot"] = bot }, services =>
        {
            var bank = services.Last(d => d.ServiceType == typeof(IBankingBackend));
            var shop = services.Last(d => d.ServiceType == typeof(IRetailBackend));
            var clinic = services.Last(d => d.ServiceType == typeof(IHealthcareBackend));
            services.RemoveAll<IBankingBackend>();
            services.RemoveAll<IRetailBackend>();
            services.RemoveAll<IHealthcareBackend>();
            services.AddSingleton(sp => recorder = new RecordingBackends(
                (IBankingBackend)Make(sp, bank), (IRetailBackend)Make(sp, shop), (IHealthcareBackend)Make(sp, clinic)));
            services.AddSingleton<IBankingBackend>(sp => sp.GetRequiredService<RecordingBackends>());
            services.AddSingleton<IRetailBackend>(sp => sp.GetRequiredService<RecordingBackends>());
            services.AddSingleton<IHealthcareBackend>(sp => sp.GetRequiredService<RecordingBackends>());
        });
        return (host, () => recorder ?? host.Services.GetRequiredService<RecordingBackends>());
    }

    private static object Make(IServiceProvider sp, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance ?? descriptor.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!);
}
