namespace Confidant.Audit.Reading;

/// <summary>The roles that may list audit events.</summary>
public static class AuditRoles
{
    /// <summary>An auditor: reads the log, changes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>An administrator.</summary>
    public const string Admin = "admin";
}
