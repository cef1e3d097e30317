using System.Globalization;
using Confidant.Dialog.Backends.Http;

namespace Confidant.Dialog.Backends.Healthcare;

/// <summary>The healthcare backend over signed HTTPS (the contract is in <c>Backends/Http/README.md</c>).</summary>
internal sealed class HttpHealthcareBackend(ConnectorClient client) : IHealthcareBackend
{
    /// <inheritdoc />
    public Task<TriageResult> TriageAsync(CustomerRef customer, TriageRequest request, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        ArgumentNullException.ThrowIfNull(request);
        // A POST because the request has a body; the key makes its retry safe (the backend records it once).
        return client.PostAsync<TriageResult>("Triage", $"customers/{customer.Value}/triage", request, ConnectorClient.NewIdempotencyKey(), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AppointmentSlot>> FindSlotsAsync(string specialty, DateTimeOffset from, CancellationToken cancellationToken = default)
    {
        BackendArguments.Word(specialty, nameof(specialty));
        var since = from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return await client.GetAsync<List<AppointmentSlot>>("FindSlots", $"slots?specialty={specialty}&from={Uri.EscapeDataString(since)}", cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ChangeResult> BookAsync(CustomerRef customer, string slotId, CancellationToken cancellationToken = default)
    {
        BackendArguments.Customer(customer);
        BackendArguments.Id(slotId, nameof(slotId));
        return client.PostAsync<ChangeResult>("Book", $"customers/{customer.Value}/bookings", new { slotId }, ConnectorClient.NewIdempotencyKey(), cancellationToken);
    }
}
