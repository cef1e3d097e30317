using System.Net;

namespace Confidant.Dialog.Backends;

/// <summary>
/// A backend call failed, with a stable <see cref="Code"/> (<see cref="BackendErrorCodes"/>). The
/// message names the operation and the HTTP status; it never holds a request or response payload.
/// </summary>
public class BackendException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A code of <see cref="BackendErrorCodes"/>.</param>
    /// <param name="operation">The operation, such as <c>banking.GetAccounts</c>.</param>
    /// <param name="reason">Why it failed, without any payload.</param>
    /// <param name="statusCode">The HTTP status the backend answered, when it answered.</param>
    /// <param name="innerException">The cause.</param>
    public BackendException(string code, string operation, string reason, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base($"{code}: {operation} failed: {reason}", innerException)
    {
        Code = code;
        Operation = operation;
        StatusCode = statusCode;
    }

    /// <summary>The stable error code.</summary>
    public string Code { get; }

    /// <summary>The operation that failed, such as <c>banking.GetAccounts</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status of the last answer, if there was one.</summary>
    public HttpStatusCode? StatusCode { get; }
}
