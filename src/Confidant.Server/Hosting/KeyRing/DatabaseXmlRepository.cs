using System.Xml.Linq;
using Confidant.Storage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Confidant.Server.Hosting.KeyRing;

/// <summary>
/// Data Protection's key ring in the project database (table <c>data_protection_keys</c>), so
/// every node of a scale-out deployment reads and writes the same keys. The context comes from
/// <see cref="ConfidantDbFactory"/>, which is not a DI-scoped context as
/// <c>PersistKeysToDbContext</c> expects.
/// </summary>
internal sealed class DatabaseXmlRepository(ConfidantDbFactory databases) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        // IXmlRepository is synchronous. It is called when the key ring is (re)loaded, about once
        // a day and at start, never per request, so blocking here costs little.
        using var db = OpenContext();
        return db.DataProtectionKeys.AsNoTracking()
            .OrderBy(k => k.Id)
            .Select(k => k.Xml)
            .ToList()
            .Where(xml => !string.IsNullOrEmpty(xml))
            .Select(xml => XElement.Parse(xml!))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = OpenContext();
        db.DataProtectionKeys.Add(new DataProtectionKey
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
        });
        db.SaveChanges();
    }

    private ConfidantDbContext OpenContext() => databases.CreateAsync().AsTask().GetAwaiter().GetResult();
}
