using CiCd.Errors;
using CiCd.Registry.Locking;

namespace CiCd.Registry.Tests.Locking;

public static class RegistryLockTests
{
    public sealed class TheAcquireMethod : WithARegistry
    {
        [Fact]
        public void Should_Fail_After_The_Timeout_Naming_The_Holder()
        {
            // Given
            var folder = Path.Combine(Folder, "credit");
            using var held = RegistryLock.Acquire(folder, TimeSpan.FromSeconds(1));

            // When
            var error = Assert.Throws<MlopsException>(() => RegistryLock.Acquire(folder, TimeSpan.FromMilliseconds(100)));

            // Then
            Assert.Contains($"the model registry {folder} is locked by pid {Environment.ProcessId}", error.Message);
        }

        [Fact]
        public void Should_Refuse_At_Once_A_Lock_File_The_OS_Will_Not_Open_Naming_The_Folder_And_The_Reason()
        {
            // Given: a .lock the OS refuses for good (a symlink loop: as a read-only file system does, and root is refused too)
            var folder = Path.Combine(Folder, "credit");
            Directory.CreateDirectory(folder);
            File.CreateSymbolicLink(Path.Combine(folder, ".lock"), ".lock");

            // When: it was taken for another writer's lock, waited for, and reported as "locked" after the timeout
            var error = Assert.Throws<InputException>(() => RegistryLock.Acquire(folder, new RegistryOptions().LockTimeout));

            // Then
            Assert.Equal(folder, error.File);
            Assert.Contains("the model registry cannot be written here: Too many levels of symbolic links", error.Problem, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
        }

        [Fact]
        public void Should_Refuse_A_Registry_Folder_That_Is_A_File_Naming_It()
        {
            // Given: a file where the model's folder should be
            var folder = Path.Combine(Folder, "credit");
            File.WriteAllText(folder, "not a folder");

            // When
            var error = Assert.Throws<InputException>(() => RegistryLock.Acquire(folder, new RegistryOptions().LockTimeout));

            // Then
            Assert.Equal(folder, error.File);
            Assert.Contains("the model registry cannot be written here", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_File_Where_The_Registry_Root_Should_Be()
        {
            // Given: --registry names a file; .NET alone said "Could not find a part of the path …/credit"
            File.WriteAllText(Path.Combine(Folder, "models"), "not a folder");
            var folder = Path.Combine(Folder, "models", "credit");

            // When
            var error = Assert.Throws<InputException>(() => RegistryLock.Acquire(folder, new RegistryOptions().LockTimeout));

            // Then
            Assert.Equal(folder, error.File);
            Assert.Contains($"cannot be written here: {Path.Combine(Folder, "models")} is a file, not a folder", error.Problem, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
        }

        [Fact]
        public void Should_Name_A_Folder_Where_The_Lock_File_Should_Be()
        {
            // Given: .NET alone said "permission denied", which sends the user to the folder's permissions
            var folder = Path.Combine(Folder, "credit");
            Directory.CreateDirectory(Path.Combine(folder, ".lock"));

            // When
            var error = Assert.Throws<InputException>(() => RegistryLock.Acquire(folder, new RegistryOptions().LockTimeout));

            // Then
            Assert.Contains($"cannot be written here: {Path.Combine(folder, ".lock")} is a folder, where the lock file belongs", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Let_The_Next_Writer_In_Once_Released()
        {
            // Given
            var folder = Path.Combine(Folder, "credit");
            RegistryLock.Acquire(folder, TimeSpan.FromSeconds(1)).Dispose();

            // When
            using var next = RegistryLock.Acquire(folder, TimeSpan.FromMilliseconds(100));

            // Then
            Assert.True(File.Exists(Path.Combine(folder, ".lock.holder")));
        }

        [Fact]
        public void Should_Remove_The_Temp_Files_Of_Writers_Killed_Before_Their_Rename()
        {
            // Given: what a writer killed mid-save leaves: a registry temp, a lock-holder temp, a copy into a version folder
            var folder = Path.Combine(Folder, "credit");
            Directory.CreateDirectory(Path.Combine(folder, "v2"));
            var guid = Guid.NewGuid().ToString("N");
            string[] left = [$".registry.json.{guid}.tmp", $".lock.holder.{guid}.tmp", $"v2/.model.zip.{guid}.tmp"];
            foreach (var file in left)
            {
                File.WriteAllText(Path.Combine(folder, file), "half");
            }
            File.WriteAllText(Path.Combine(folder, "notes.tmp"), "not ours");

            // When
            using var held = RegistryLock.Acquire(folder, TimeSpan.FromSeconds(1));

            // Then
            Assert.All(left, file => Assert.False(File.Exists(Path.Combine(folder, file)), file));
            Assert.True(File.Exists(Path.Combine(folder, "notes.tmp")));
        }
    }
}
