namespace Confidant.Storage;

/// <summary>A storage operation was refused; <see cref="Code"/> says why. Messages never hold stored values.</summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException(string code, string message)
        : base($"{code}: {message}") => Code = code;

    /// <summary>Creates the exception.</summary>
    public StorageException()
        : this("CONF-STORE-000", "Storage failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageException(string message)
        : this("CONF-STORE-000", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageException(string message, Exception innerException)
        : base(message, innerException) => Code = "CONF-STORE-000";

    /// <summary>The stable error code.</summary>
    public string Code { get; }
}
