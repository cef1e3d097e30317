using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;

namespace Confidant.Server.Tests.Hosting;

public sealed class KeyRingTests
{
    private const string Purpose = "Confidant.Tests.KeyRing";

    [Fact]
    public async Task TwoNodesOnOneDatabase_OpenEachOthersPayloads_AndCookies()
    {
        var folder = TestServerHost.CreateTempFolder();
        try
        {
            await using var first = await TestServerHost.StartAsync(o => o.DataFolder = folder);
            await using var second = await TestServerHost.StartAsync(o => o.DataFolder = folder);

            var fromFirst = Protector(first).Protect("hello from node one");
            var fromSecond = Protector(second).Protect("hello from node two");
            Assert.Equal("hello from node one", Protector(second).Unprotect(fromFirst));
            Assert.Equal("hello from node two", Protector(first).Unprotect(fromSecond));

            // A visitor cookie issued by one node opens the conversation on the other.
            var cookies = new CookieContainer();
            using var clientOne = first.CreateClient(cookies);
            var conversation = await ChatApi.StartConversationAsync(clientOne);
            using var clientTwo = second.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/conversations/{conversation}/messages", UriKind.Relative));
            request.Headers.Add("Cookie", cookies.GetCookieHeader(first.BaseAddress));
            using var response = await clientTwo.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            TestServerHost.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task StoredKeyXml_HoldsNoRawKeyMaterial()
    {
        await using var server = await TestServerHost.StartAsync();
        _ = Protector(server).Protect("make a key");

        var stored = ReadStoredXml(Path.Combine(server.DataFolder, "confidant.db"));

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            Assert.Contains("confidantEncryptedKey", xml, StringComparison.Ordinal);
            Assert.Contains("KeyProviderXmlDecryptor", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ACopyOfTheDatabase_WithAnotherKeyFile_OpensNothing()
    {
        var original = TestServerHost.CreateTempFolder();
        var copy = TestServerHost.CreateTempFolder();
        try
        {
            string payload;
            await using (var server = await TestServerHost.StartAsync(o => o.DataFolder = original))
            {
                payload = Protector(server).Protect("a cookie's contents");
            }

            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(original, "confidant.db*"))
            {
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            }

            // The copy has the database but not the key file: the server makes a new key file.
            await using var thief = await TestServerHost.StartAsync(o => o.DataFolder = copy);
            Assert.ThrowsAny<CryptographicException>(() => Protector(thief).Unprotect(payload));
        }
        finally
        {
            TestServerHost.DeleteFolder(original);
            TestServerHost.DeleteFolder(copy);
        }
    }

    private static IDataProtector Protector(TestServerHost server) =>
        server.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    private static List<string> ReadStoredXml(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Xml FROM data_protection_keys";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
