using Confidant.Identity.Accounts;
using Confidant.Identity.Devices;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Confidant.Server.Pages.Account;

/// <summary>The customer's trusted devices: list and remove.</summary>
public sealed class DevicesModel : PageModel
{
    private readonly UserManager<ConfidantUser> _users;
    private readonly TrustedDeviceStore _devices;
    private readonly AccountService _accounts;

    /// <summary>Creates the page.</summary>
    public DevicesModel(UserManager<ConfidantUser> users, TrustedDeviceStore devices, AccountService accounts)
    {
        _users = users;
        _devices = devices;
        _accounts = accounts;
    }

    /// <summary>The device to remove.</summary>
    [BindProperty]
    public Guid DeviceId { get; set; }

    /// <summary>The trusted devices.</summary>
    public IReadOnlyList<TrustedDevice> Devices { get; private set; } = [];

    /// <summary>Lists the devices.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        Devices = await _devices.ListAsync(user.Id, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Removes one device.</summary>
    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        if (await _users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Redirect("/account/sign-in");
        }

        await _accounts.RevokeDeviceAsync(user, DeviceId, HttpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        return Redirect("/account/devices");
    }
}
