// The store's tests check Unix file modes (the key file, a read-only database): they run on Linux and macOS.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
