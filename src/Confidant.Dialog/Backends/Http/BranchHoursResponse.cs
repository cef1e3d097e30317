namespace Confidant.Dialog.Backends.Http;

/// <summary>The body of <c>GET branches/hours</c>: <c>{ "text": "..." }</c>.</summary>
internal sealed record BranchHoursResponse(string Text)
{
    public override string ToString() => "BranchHoursResponse { }";
}
