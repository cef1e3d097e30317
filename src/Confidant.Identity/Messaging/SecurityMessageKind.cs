namespace Confidant.Identity.Messaging;

/// <summary>What a security message is for; logged (the body never is).</summary>
public enum SecurityMessageKind
{
    /// <summary>A one-time code that completes a sign-in.</summary>
    SignInCode,

    /// <summary>A one-time code that confirms a risky action (step-up).</summary>
    StepUpCode,

    /// <summary>A notice that a new device signed in to the account.</summary>
    NewDeviceNotice,

    /// <summary>Any other notice about the account's security (password changed, factor removed).</summary>
    AccountNotice,
}
