namespace Confidant.Identity.Accounts;

/// <summary>
/// The staff roles. Anyone with one of them always meets a second factor at sign-in and can never
/// skip it on a trusted device.
/// </summary>
public static class StaffRoles
{
    /// <summary>Runs the installation: users, policies, keys.</summary>
    public const string Admin = "admin";

    /// <summary>Reads the audit ledger and verifies it; reads no conversation.</summary>
    public const string Auditor = "auditor";

    /// <summary>Answers customers after a hand-off, seeing the agent view of each message.</summary>
    public const string Agent = "agent";

    /// <summary>Every staff role.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Auditor, Agent];
}
