using Microsoft.AspNetCore.Identity;

namespace Confidant.Identity.Accounts;

/// <summary>A staff role (<see cref="StaffRoles"/>). Customers have no role.</summary>
public sealed class ConfidantRole : IdentityRole<Guid>
{
    /// <summary>Creates an empty role (for EF Core).</summary>
    public ConfidantRole()
    {
    }

    /// <summary>Creates a role with a name.</summary>
    public ConfidantRole(string name)
        : base(name)
    {
        Id = Guid.CreateVersion7();
    }
}
