namespace Confidant.Storage;

/// <summary>Stable codes of storage errors.</summary>
public static class StorageErrorCodes
{
    /// <summary>The conversation does not exist for this tenant and customer.</summary>
    public const string ConversationNotFound = "CONF-STORE-001";

    /// <summary>A message or batch is larger than allowed.</summary>
    public const string TooLarge = "CONF-STORE-002";

    /// <summary>A sink name or data class name in a message is not valid.</summary>
    public const string InvalidName = "CONF-STORE-003";
}
