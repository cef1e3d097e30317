using System.Runtime.InteropServices;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Confidant.Protection.Keys.Pkcs11;

/// <summary>
/// A PKCS#11 library loaded once per process. <c>C_Initialize</c> and <c>C_Finalize</c> are
/// process-wide: a second load of the same module shares its state, and finalizing it would pull
/// the token out from under every other user. So providers acquire the module here, counted, and
/// the last release finalizes it.
/// </summary>
internal sealed class Pkcs11Module : IDisposable
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Pkcs11Module> Loaded = new(StringComparer.Ordinal);
    private static bool s_resolverSet;

    private readonly string _key;
    private int _references = 1;

    private Pkcs11Module(string key, string libraryPath, IPkcs11Library library, Pkcs11InteropFactories factories)
    {
        _key = key;
        LibraryPath = libraryPath;
        Library = library;
        Factories = factories;
    }

    /// <summary>The path the module was loaded from, as configured.</summary>
    public string LibraryPath { get; }

    public IPkcs11Library Library { get; }

    public Pkcs11InteropFactories Factories { get; }

    /// <summary>
    /// Loads and initializes the module at <paramref name="libraryPath"/>, or shares the copy already
    /// loaded. Throws <see cref="ProtectionException"/> <c>CONF-KEY-007</c> when it cannot be loaded.
    /// </summary>
    public static Pkcs11Module Acquire(string libraryPath)
    {
        var key = Canonical(libraryPath);
        lock (Gate)
        {
            if (Loaded.TryGetValue(key, out var module))
            {
                module._references++;
                return module;
            }

            EnsureDlopenResolves();
            var factories = new Pkcs11InteropFactories();
            IPkcs11Library library;
            try
            {
                library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, libraryPath, AppType.MultiThreaded);
            }
            catch (Exception ex) when (ex is UnmanagedException or Pkcs11Exception or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
            {
                throw new ProtectionException(
                    ProtectionErrorCodes.Pkcs11LibraryUnavailable,
                    $"the PKCS#11 library '{libraryPath}' cannot be loaded as a PKCS#11 module ({ex.Message}).",
                    ex);
            }

            module = new Pkcs11Module(key, libraryPath, library, factories);
            Loaded[key] = module;
            return module;
        }
    }

    /// <summary>Releases one reference; the last one finalizes the module (<c>C_Finalize</c>).</summary>
    public void Dispose()
    {
        lock (Gate)
        {
            if (_references == 0 || --_references > 0)
            {
                return;
            }

            Loaded.Remove(_key);
            Library.Dispose();
        }
    }

    private static string Canonical(string libraryPath)
    {
        if (!Path.IsPathRooted(libraryPath))
        {
            return libraryPath; // a bare name is found by the loader's search path
        }

        if (!File.Exists(libraryPath))
        {
            throw new ProtectionException(
                ProtectionErrorCodes.Pkcs11LibraryUnavailable,
                $"the PKCS#11 library '{libraryPath}' does not exist. Install the key manager's PKCS#11 module (for SoftHSM: apt-get install softhsm2) or fix Confidant:Protection:Pkcs11:LibraryPath.");
        }

        // The same module reached through a symbolic link is the same loaded library.
        var target = new FileInfo(libraryPath).ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? Path.GetFullPath(libraryPath);
    }

    /// <summary>
    /// Pkcs11Interop binds <c>dlopen</c> from a library named <c>libdl</c>; glibc 2.34 and later
    /// ship only <c>libdl.so.2</c> (the unversioned name comes with libc6-dev). Point the name at the
    /// versioned library, unless the application already installed its own resolver.
    /// </summary>
    private static void EnsureDlopenResolves()
    {
        if (s_resolverSet || !OperatingSystem.IsLinux())
        {
            return;
        }

        s_resolverSet = true;
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Pkcs11InteropFactories).Assembly, static (name, assembly, searchPath) =>
            {
                if (name != "libdl")
                {
                    return IntPtr.Zero;
                }

                return NativeLibrary.TryLoad("libdl.so.2", out var handle) || NativeLibrary.TryLoad("libc.so.6", out handle) ? handle : IntPtr.Zero;
            });
        }
        catch (InvalidOperationException)
        {
            // The application set a resolver for Pkcs11Interop already; it knows better.
        }
    }
}
