namespace Confidant.Redaction.Policy;

/// <summary>Thrown by <see cref="PrivacyPolicy.Create"/> for a policy with errors; each error has a stable code.</summary>
public sealed class PolicyConfigurationException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public PolicyConfigurationException(IReadOnlyList<PolicyError> errors)
        : base("The privacy policy is invalid: " + string.Join(" | ", errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception.</summary>
    public PolicyConfigurationException()
        : this([])
    {
    }

    /// <summary>Creates the exception.</summary>
    public PolicyConfigurationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception.</summary>
    public PolicyConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>The errors, with their codes.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }
}
