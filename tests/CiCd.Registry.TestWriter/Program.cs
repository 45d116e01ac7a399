using CiCd.Errors;
using CiCd.Registry;
using CiCd.Registry.Locking;
using CiCd.Registry.Versions;

// Usage: register|die-before-rename|churn ROOT MODEL MODEL_FILE CARD_FILE RUN_ID, or hold-lock ROOT MODEL.
// churn registers, promotes and rolls back in a loop until killed (the kill-loop test).
// Each prints one line when it reaches the point the test waits for.
try
{
    var (command, root, model) = (args[0], args[1], args[2]);
    if (command == "hold-lock")
    {
        using var held = RegistryLock.Acquire(Path.Combine(root, model), TimeSpan.FromSeconds(30));
        Console.WriteLine("locked");
        // Hold until the test closes standard input (or kills this process).
        Console.In.ReadToEnd();
        return ExitCodes.Ok;
    }
    var options = new RegistryOptions
    {
        Root = root,
        LockTimeout = TimeSpan.FromMinutes(2),
        User = $"writer-{Environment.ProcessId}",
        BeforeCommit = command == "die-before-rename" ? WaitToBeKilled : null,
    };
    var request = new RegistrationRequest { Model = model, ModelFile = args[3], CardFile = args[4], RunId = args[5] };
    if (command == "churn")
    {
        Churn(new ModelRegistry(options), request);
    }
    Console.WriteLine(new ModelRegistry(options).Register(request).Version);
    return ExitCodes.Ok;
}
catch (MlopsException e)
{
    Console.Error.WriteLine(e.Message);
    return e.ExitCode;
}

static void WaitToBeKilled()
{
    Console.WriteLine("written");
    Thread.Sleep(Timeout.Infinite);
}

static void Churn(ModelRegistry registry, RegistrationRequest request)
{
    Console.WriteLine("churning");
    var random = new Random();
    while (true)
    {
        var model = registry.Show(request.Model);
        var step = random.Next(3);
        if (step == 0 || model.Versions.Count < 2)
        {
            registry.Register(request);
        }
        else if (step == 1)
        {
            var version = model.Versions[random.Next(model.Versions.Count)].Version;
            registry.Promote(request.Model, version.ToString(System.Globalization.CultureInfo.InvariantCulture), "production", "churn");
        }
        else
        {
            try
            {
                registry.Rollback(request.Model, "production", "churn");
            }
            catch (InputException)
            {
                // Nothing earlier to roll back to yet: the next round does something else.
            }
        }
    }
}
